import { env } from 'cloudflare:test'
import { Secret, TOTP } from 'otpauth'
import { expect } from 'vitest'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

export const PASSWORD = 'a-long-and-correct-password'

export const userWithPassword = async () => createTestTenant({ passwordHash: await hashPassword(PASSWORD) })

export const login = (email: string) =>
  call('/api/v1/auth/sessions', {
    method: 'POST',
    body: JSON.stringify({ email, password: PASSWORD, tokenDelivery: 'body' }),
  })

/** An MFA challenge token from a real password sign-in. */
export async function mfaTokenFor(email: string): Promise<string> {
  const res = await login(email)
  expect(res.status).toBe(200)
  expect(res.body.mfaRequired).toBe(true)
  return res.body.mfaToken
}

export const secondFactor = (body: Record<string, unknown>) =>
  call('/api/v1/auth/sessions/mfa', {
    method: 'POST',
    body: JSON.stringify({ tokenDelivery: 'body', ...body }),
  })

/** The code an authenticator app shows `steps` periods of 30 s from now. */
export function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 })
  return totp.generate({ timestamp: Date.now() + steps * 30_000 })
}

/**
 * Turns on the authenticator app for the tenant's user. The code used to confirm is spent, so
 * later sign-ins in a test use the next period's code (still inside the ±1 window).
 */
export async function enrolTotp(
  t: TestTenant,
): Promise<{ secret: string; recoveryCodes: string[]; confirmCode: string }> {
  const started = await t.post('/api/v1/auth/mfa/totp', {})
  expect(started.status).toBe(200)
  const confirmCode = codeFor(started.body.secret)
  const confirmed = await t.post('/api/v1/auth/mfa/totp/confirm', { code: confirmCode })
  expect(confirmed.status).toBe(200)
  return { secret: started.body.secret, recoveryCodes: confirmed.body.recoveryCodes, confirmCode }
}

export async function auditActionsOf(userId: string): Promise<string[]> {
  const rows = await env.DB.prepare(
    'select action from audit_events where actor_id = ? or target_id = ? order by id',
  )
    .bind(userId, userId)
    .all<{ action: string }>()
  return rows.results.map((r) => r.action)
}

export async function sessionMethodOf(sessionId: string): Promise<string | undefined> {
  const row = await env.DB.prepare('select method from sessions where id = ?')
    .bind(sessionId)
    .first<{ method: string }>()
  return row?.method
}
