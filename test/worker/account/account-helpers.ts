import { env } from 'cloudflare:test'
import type { SentEmail } from '../../../scripts/lib/mail-sink.ts'
import { linkIn, waitForEmail } from '../../helpers/mail.ts'
import { call } from '../../helpers/tenant.ts'

export const PASSWORD = 'a-long-and-correct-password'

export const uniqueEmail = (label = 'person') => `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`

export function signUp(overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return call('/api/v1/auth/signup', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'Asha Verma',
      email: uniqueEmail('signup'),
      password: PASSWORD,
      organisationName: `Trattoria ${crypto.randomUUID().slice(0, 8)}`,
      tokenDelivery: 'body',
      ...overrides,
    }),
  })
}

export const login = (email: string, password = PASSWORD) =>
  call('/api/v1/auth/sessions', {
    method: 'POST',
    body: JSON.stringify({ email, password, tokenDelivery: 'body' }),
  })

export const postJson = (path: string, body: unknown, token?: string) =>
  call(path, { method: 'POST', body: JSON.stringify(body), token })

/** The `token` query parameter of the first link to `/app/<page>` in an e-mail. */
export function tokenIn(email: SentEmail, page: 'verify-email' | 'reset-password'): string {
  const link = new URL(linkIn(email, `/app/${page}`))
  const token = link.searchParams.get('token')
  if (!token) throw new Error(`The ${page} link has no token: ${link}`)
  return token
}

export async function verificationToken(to: string): Promise<string> {
  return tokenIn(await waitForEmail(to, /Confirm your e-mail/), 'verify-email')
}

export async function resetToken(to: string): Promise<string> {
  return tokenIn(await waitForEmail(to, /Reset your Vitrine password/), 'reset-password')
}

export async function auditActions(userId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    'select action from audit_events where actor_id = ?1 or target_id = ?1 order by created_at',
  )
    .bind(userId)
    .all<{ action: string }>()
  return results.map((r) => r.action)
}

export const randomIp = () => `10.${Array.from(crypto.getRandomValues(new Uint8Array(3))).join('.')}`
