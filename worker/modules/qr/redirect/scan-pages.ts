// The pages a scan can land on instead of its destination: small, no-JS, in the brand's colour
// when the code is known, never cached (the state can change any minute) and never indexed.
import type { Context } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { renderStatusPage, type StatusView } from '../../sites/index.ts'
import type { QrRoute } from './qr-route.ts'

type C = Context<AppEnv>

async function page(
  c: C,
  status: 200 | 403 | 404 | 410 | 413 | 429,
  view: StatusView,
  headers: Record<string, string> = {},
) {
  const { html, csp } = await renderStatusPage(view)
  return c.html(html, status, {
    'content-security-policy': csp,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'referrer-policy': 'no-referrer',
    ...headers,
  })
}

const business = (route: QrRoute) => route.brand?.name ?? 'The business'
const brandOf = (route: QrRoute) => route.brand ?? undefined

export const codeNotFound = (c: C) =>
  page(c, 404, {
    title: 'This QR code does not lead anywhere',
    message:
      'We could not find this code. Check that the whole code was scanned or the link typed in full, or ask the business for a new one.',
  })

const GONE: Record<'archived' | 'expired' | 'limit', (name: string) => Omit<StatusView, 'brand'>> = {
  archived: (name) => ({
    title: 'This QR code is no longer in use',
    message: `${name} has retired this code. Ask them for a current one.`,
  }),
  expired: (name) => ({
    title: 'This QR code has expired',
    message: `${name} set this code to work until a certain date, and that date has passed.`,
  }),
  limit: (name) => ({
    title: 'This QR code has been used up',
    message: `${name} set this code to work a limited number of times, and it has reached that number.`,
  }),
}

export const codeGone = (c: C, route: QrRoute, reason: keyof typeof GONE) =>
  page(c, 410, { ...GONE[reason](business(route)), brand: brandOf(route) })

export const codePaused = (c: C, route: QrRoute) =>
  page(c, 200, {
    title: 'This QR code is taking a break',
    message: `${business(route)} has paused this code for now. Please try again a little later.`,
    brand: brandOf(route),
  })

export type PasswordProblem = 'wrong' | 'limited' | 'too-large'

const PROBLEMS: Record<PasswordProblem, { status: 403 | 413 | 429; error: string }> = {
  wrong: { status: 403, error: 'That password is not right. Check it and try again.' },
  limited: { status: 429, error: 'Too many tries. Wait a few minutes, then try again.' },
  'too-large': { status: 413, error: 'That was too long to be the password. Try again.' },
}

/** The password form; after a failed try, the same form with the reason and a matching status. */
export function passwordPage(
  c: C,
  route: QrRoute,
  code: string,
  problem?: PasswordProblem,
  headers: Record<string, string> = {},
) {
  const view: StatusView = {
    title: 'Enter the password',
    message: `${business(route)} protects this link with a password. Enter the one you were given to continue.`,
    brand: brandOf(route),
    secret: {
      action: `/q/${code}`,
      label: 'Password',
      submitLabel: 'Continue',
      ...(problem && { error: PROBLEMS[problem].error }),
    },
  }
  return page(c, problem ? PROBLEMS[problem].status : 200, view, headers)
}
