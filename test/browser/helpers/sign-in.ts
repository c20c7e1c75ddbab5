// Signing in through the dashboard's login form, as a person would; signing a new organisation up
// through the API, where the form itself is not what a test is about.
import type { Page } from 'playwright-core'
import { DEMO } from '../../../scripts/lib/demo.ts'
import { pageApi } from './platform-browser.ts'

/**
 * Opens `{url}/app/login`, signs in as `account` (the demo owner unless told) and waits for the
 * landing page's level-1 heading: the one named `heading` when given, else any.
 */
export async function signIn(
  page: Page,
  url: string,
  options: { account?: { email: string; password: string }; heading?: string } = {},
) {
  const account = options.account ?? DEMO
  await page.goto(`${url}/app/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const heading = options.heading
  await page
    .getByRole('heading', heading === undefined ? { level: 1 } : { name: heading, level: 1 })
    .waitFor()
}

export interface NewOwner {
  name: string
  email: string
  /** The organisation's name, and its first brand's. */
  organisationName: string
  /** Makes the password (and so the account) this run's own. */
  stamp: string
}

/**
 * A new organisation signed up through the API from the login page, so `page` holds its owner's
 * session, and its first brand (in `brandColors` when given); answers the brand.
 */
export async function signUpWithBrand(
  page: Page,
  url: string,
  owner: NewOwner,
  brandColors?: { primary: string },
): Promise<{ id: string; name: string; slug: string }> {
  await page.goto(`${url}/app/login`)
  await pageApi(page, '/api/v1/auth/signup', {
    name: owner.name,
    email: owner.email,
    password: `correct horse ${owner.stamp}`,
    organisationName: owner.organisationName,
  })
  return pageApi(page, '/api/v1/brands', {
    name: owner.organisationName,
    ...(brandColors && { colors: brandColors }),
  })
}
