import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { emailTokens } from '../../../worker/modules/auth/auth.tables.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import {
  auditActions,
  login,
  PASSWORD,
  postJson,
  randomIp,
  resetToken,
  uniqueEmail,
} from './account-helpers.ts'

const NEW_PASSWORD = 'a-brand-new-password-2026'

const requestReset = (email: string, headers: Record<string, string> = {}) =>
  call('/api/v1/auth/password-reset', { method: 'POST', headers, body: JSON.stringify({ email }) })

const confirmReset = (token: string, password = NEW_PASSWORD) =>
  postJson('/api/v1/auth/password-reset/confirm', { token, password })

async function tenantWithPassword() {
  return createTestTenant({ passwordHash: await hashPassword(PASSWORD) })
}

describe('password reset', () => {
  it('answers a known and an unknown address the same way', async () => {
    const t = await tenantWithPassword()
    const known = await requestReset(t.email)
    const unknown = await requestReset(uniqueEmail('nobody'))
    expect(known.status).toBe(202)
    expect(unknown.status).toBe(202)
    expect(known.body).toEqual(unknown.body)
    // Only the real account receives a link.
    expect(await resetToken(t.email)).toMatch(/^pr_/)
  })

  it('sets the new password once, revokes every session and lifts a lockout', async () => {
    const t = await tenantWithPassword()
    const first = await login(t.email)
    const second = await login(t.email)
    await env.DB.prepare('update users set locked_until = ?, failed_sign_ins = 3 where id = ?')
      .bind(Date.now() + 600_000, t.userId)
      .run()
    await requestReset(t.email)
    const token = await resetToken(t.email)

    const res = await confirmReset(token)
    expect(res.status).toBe(204)
    for (const session of [first, second]) {
      expect((await call('/api/v1/auth/session', { token: session.body.accessToken })).status).toBe(401)
      const refresh = await postJson('/api/v1/auth/refresh', { refreshToken: session.body.refreshToken })
      expect(refresh.status).toBe(401)
    }
    expect((await t.get('/api/v1/auth/session')).status).toBe(401)
    expect((await login(t.email, PASSWORD)).status).toBe(401)
    expect((await login(t.email, NEW_PASSWORD)).status).toBe(201)

    const reused = await confirmReset(token, 'yet-another-password-here')
    expect(reused.status).toBe(410)
    expect(reused.body.code).toBe('GONE')
    expect((await login(t.email, NEW_PASSWORD)).status).toBe(201)
    expect(await auditActions(t.userId)).toEqual(
      expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']),
    )
  })

  it('retires the other reset links once one is used', async () => {
    const t = await tenantWithPassword()
    const tokens: string[] = []
    for (const label of ['first', 'second']) {
      const token = `pr_${label}-${crypto.randomUUID()}`
      tokens.push(token)
      await d1(env.DB)
        .insert(emailTokens)
        .values({
          id: newId('emailToken'),
          userId: t.userId,
          purpose: 'reset_password',
          tokenHash: await hashSecret(token),
          expiresAt: new Date(Date.now() + 3600_000),
        })
    }
    expect((await confirmReset(tokens[0]!)).status).toBe(204)
    expect((await confirmReset(tokens[1]!)).status).toBe(410)
  })

  it('refuses an expired link and keeps the old password', async () => {
    const t = await tenantWithPassword()
    const token = `pr_expired-${crypto.randomUUID()}`
    await d1(env.DB)
      .insert(emailTokens)
      .values({
        id: newId('emailToken'),
        userId: t.userId,
        purpose: 'reset_password',
        tokenHash: await hashSecret(token),
        expiresAt: new Date(Date.now() - 1000),
      })
    const res = await confirmReset(token)
    expect(res.status).toBe(410)
    expect(res.body.detail).toMatch(/expired/)
    expect((await login(t.email, PASSWORD)).status).toBe(201)
  })

  it('refuses an unknown token with 400 and a short password with field errors', async () => {
    expect((await confirmReset('pr_made-up')).status).toBe(400)
    const short = await confirmReset('pr_made-up', 'short')
    expect(short.status).toBe(400)
    expect(short.body.errors.map((e: { path: string }) => e.path)).toContain('password')
  })

  it('limits requests per address with 429, whether or not the account exists', async () => {
    const email = uniqueEmail('nobody')
    const headers = { 'cf-connecting-ip': randomIp() }
    for (let i = 0; i < 3; i++) expect((await requestReset(email, headers)).status).toBe(202)
    const limited = await requestReset(email, headers)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBeTruthy()
  })
})
