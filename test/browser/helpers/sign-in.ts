// Signing in through the dashboard's login form, as a person would.
import type { Page } from 'playwright-core'
import { DEMO } from '../../../scripts/lib/demo.ts'

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
