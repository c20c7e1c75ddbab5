import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { auditActionsOf, codeFor, enrolTotp, login, PASSWORD, userWithPassword } from './mfa-helpers.ts'

describe('authenticator app enrolment', () => {
  it('returns a QR code and keeps the secret sealed until a code confirms it', async () => {
    const t = await userWithPassword()
    const started = await t.post('/api/v1/auth/mfa/totp', {})
    expect(started.status).toBe(200)
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(started.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Vitrine:/)
    expect(started.body.otpauthUrl).toContain(`secret=${started.body.secret}`)
    expect(started.body.qrSvg).toMatch(/<svg[^>]*viewBox/)
    const row = await env.DB.prepare('select totp_secret, totp_enabled_at from users where id = ?')
      .bind(t.userId)
      .first<{ totp_secret: string; totp_enabled_at: number | null }>()
    expect(row?.totp_enabled_at).toBeNull()
    expect(row?.totp_secret).toMatch(/^v1\./)
    expect(row?.totp_secret).not.toContain(started.body.secret)
    // Not in force yet: the password alone still signs in.
    expect((await login(t.email)).status).toBe(201)
  })

  it('turns on with a current code and hands out ten recovery codes once', async () => {
    const t = await userWithPassword()
    const { recoveryCodes } = await enrolTotp(t)
    expect(recoveryCodes).toHaveLength(10)
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{2}$/)
    expect(new Set(recoveryCodes).size).toBe(10)
    const stored = await env.DB.prepare('select code_hash from recovery_codes where user_id = ?')
      .bind(t.userId)
      .all<{ code_hash: string }>()
    expect(stored.results).toHaveLength(10)
    for (const row of stored.results) expect(recoveryCodes).not.toContain(row.code_hash)
    const session = await t.get('/api/v1/auth/session')
    expect(session.body.user.mfa.totp).toBe(true)
    expect(await auditActionsOf(t.userId)).toEqual(
      expect.arrayContaining(['mfa.totp_enabled', 'mfa.recovery_codes_generated']),
    )
    const challenge = await login(t.email)
    expect(challenge.status).toBe(200)
    expect(challenge.body.methods).toEqual(['totp', 'recovery_code'])
  })

  it('refuses a wrong confirmation code with a field error', async () => {
    const t = await userWithPassword()
    const started = await t.post('/api/v1/auth/mfa/totp', {})
    const wrong = String((Number(codeFor(started.body.secret)) + 1) % 1_000_000).padStart(6, '0')
    const res = await t.post('/api/v1/auth/mfa/totp/confirm', { code: wrong })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'code' })])
    const bad = await t.post('/api/v1/auth/mfa/totp/confirm', { code: '12ab56' })
    expect(bad.status).toBe(400)
  })

  it('refuses to confirm before starting, and to start again while on', async () => {
    const t = await userWithPassword()
    expect((await t.post('/api/v1/auth/mfa/totp/confirm', { code: '123456' })).status).toBe(409)
    await enrolTotp(t)
    const again = await t.post('/api/v1/auth/mfa/totp', {})
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CONFLICT')
  })

  it('needs a signed-in person', async () => {
    expect((await call('/api/v1/auth/mfa/totp', { method: 'POST', body: '{}' })).status).toBe(401)
  })
})

describe('turning the authenticator app off', () => {
  it('needs a current code or the password, then drops the secret and the recovery codes', async () => {
    const t = await userWithPassword()
    const { secret, confirmCode } = await enrolTotp(t)
    const del = (body: unknown) =>
      call('/api/v1/auth/mfa/totp', { method: 'DELETE', token: t.token, body: JSON.stringify(body) })
    expect((await del({})).status).toBe(400)
    expect((await del({ password: 'not-the-password' })).status).toBe(400)
    // The confirming code was spent: it cannot turn the app off either.
    expect((await del({ code: confirmCode })).status).toBe(400)
    expect((await del({ code: codeFor(secret, 1) })).status).toBe(204)
    const row = await env.DB.prepare(
      'select totp_secret, totp_enabled_at, (select count(*) from recovery_codes where user_id = users.id) as codes from users where id = ?',
    )
      .bind(t.userId)
      .first<{ totp_secret: string | null; totp_enabled_at: number | null; codes: number }>()
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, codes: 0 })
    expect(await auditActionsOf(t.userId)).toContain('mfa.totp_disabled')
    expect((await login(t.email)).status).toBe(201)
    expect((await del({ password: PASSWORD })).status).toBe(409)
  })

  it('accepts the password instead of a code', async () => {
    const t = await userWithPassword()
    await enrolTotp(t)
    const res = await call('/api/v1/auth/mfa/totp', {
      method: 'DELETE',
      token: t.token,
      body: JSON.stringify({ password: PASSWORD }),
    })
    expect(res.status).toBe(204)
  })
})

describe('regenerating recovery codes', () => {
  it('needs a current code and retires every earlier code', async () => {
    const t = await userWithPassword()
    const { secret, recoveryCodes, confirmCode } = await enrolTotp(t)
    expect((await t.post('/api/v1/auth/mfa/recovery-codes', { code: confirmCode })).status).toBe(400)
    const res = await t.post('/api/v1/auth/mfa/recovery-codes', { code: codeFor(secret, 1) })
    expect(res.status).toBe(200)
    expect(res.body.recoveryCodes).toHaveLength(10)
    expect(res.body.recoveryCodes).not.toContain(recoveryCodes[0])
    const count = await env.DB.prepare('select count(*) as n from recovery_codes where user_id = ?')
      .bind(t.userId)
      .first<{ n: number }>()
    expect(count?.n).toBe(10)
  })

  it('is refused while no authenticator app is on', async () => {
    const t = await createTestTenant()
    expect((await t.post('/api/v1/auth/mfa/recovery-codes', { code: '123456' })).status).toBe(409)
  })
})
