import { env } from 'cloudflare:test'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { signPurposeToken } from '../../../worker/modules/auth/auth.tokens.ts'
import { TEST_SECRET } from '../../helpers/tenant.ts'
import {
  auditActionsOf,
  codeFor,
  enrolTotp,
  mfaTokenFor,
  secondFactor,
  sessionMethodOf,
  userWithPassword,
} from './mfa-helpers.ts'

describe('second step with an authenticator code', () => {
  it('opens a session with a current code', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const res = await secondFactor({ mfaToken: await mfaTokenFor(t.email), code: codeFor(secret, 1) })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      user: { email: t.email, mfa: { totp: true } },
      tenant: { id: t.tenantId },
    })
    expect(res.body.accessToken).toEqual(expect.any(String))
    expect(await sessionMethodOf(res.body.sessionId)).toBe('pwd+totp')
  })

  it('sets the session cookies by default', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const mfaToken = await mfaTokenFor(t.email)
    const res = await secondFactor({ mfaToken, code: codeFor(secret, 1), tokenDelivery: 'cookie' })
    expect(res.status).toBe(201)
    expect(res.body.accessToken).toBeUndefined()
    expect(res.headers.get('set-cookie')).toMatch(/vitrine_session=.*HttpOnly/i)
  })

  it('answers a wrong code with 401 problem+json', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const wrong = String((Number(codeFor(secret, 1)) + 1) % 1_000_000).padStart(6, '0')
    const res = await secondFactor({ mfaToken: await mfaTokenFor(t.email), code: wrong })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('UNAUTHORIZED')
    expect(await auditActionsOf(t.userId)).toContain('auth.sign_in_failed')
  })

  it('accepts each code once, even within its window', async () => {
    const t = await userWithPassword()
    const { secret, confirmCode } = await enrolTotp(t)
    const code = codeFor(secret, 1)
    expect((await secondFactor({ mfaToken: await mfaTokenFor(t.email), code })).status).toBe(201)
    const replay = await secondFactor({ mfaToken: await mfaTokenFor(t.email), code })
    expect(replay.status).toBe(401)
    // Nor the older code that confirmed the enrolment, though it is still inside the window.
    const older = await secondFactor({ mfaToken: await mfaTokenFor(t.email), code: confirmCode })
    expect(older.status).toBe(401)
  })

  it('needs exactly one factor', async () => {
    const t = await userWithPassword()
    const { secret, recoveryCodes } = await enrolTotp(t)
    const mfaToken = await mfaTokenFor(t.email)
    expect((await secondFactor({ mfaToken })).status).toBe(400)
    const both = await secondFactor({ mfaToken, code: codeFor(secret, 1), recoveryCode: recoveryCodes[0] })
    expect(both.status).toBe(400)
  })
})

describe('recovery codes', () => {
  it('sign in once each, however they are typed', async () => {
    const t = await userWithPassword()
    const { recoveryCodes } = await enrolTotp(t)
    const code = recoveryCodes[3]!
    const typed = ` ${code.replaceAll('-', '').toUpperCase()} `
    const res = await secondFactor({ mfaToken: await mfaTokenFor(t.email), recoveryCode: typed })
    expect(res.status).toBe(201)
    expect(await sessionMethodOf(res.body.sessionId)).toBe('pwd+recovery')
    expect(await auditActionsOf(t.userId)).toContain('mfa.recovery_code_used')
    const used = await env.DB.prepare(
      'select count(*) as n from recovery_codes where user_id = ? and used_at is not null',
    )
      .bind(t.userId)
      .first<{ n: number }>()
    expect(used?.n).toBe(1)
    const again = await secondFactor({ mfaToken: await mfaTokenFor(t.email), recoveryCode: code })
    expect(again.status).toBe(401)
  })

  it("do not open another user's account", async () => {
    const a = await userWithPassword()
    const b = await userWithPassword()
    const { recoveryCodes } = await enrolTotp(a)
    await enrolTotp(b)
    const res = await secondFactor({ mfaToken: await mfaTokenFor(b.email), recoveryCode: recoveryCodes[0] })
    expect(res.status).toBe(401)
  })
})

describe('MFA tokens', () => {
  it('refuses an expired token', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const expired = await signPurposeToken(
      TEST_SECRET,
      'mfa',
      { sub: t.userId },
      300,
      Date.now() - 10 * 60_000,
    )
    const res = await secondFactor({ mfaToken: expired, code: codeFor(secret, 1) })
    expect(res.status).toBe(401)
  })

  it('refuses a forged token, and one made for another purpose', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const forged = await new SignJWT({ sub: t.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('vitrine:mfa')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'))
    expect((await secondFactor({ mfaToken: forged, code: codeFor(secret, 1) })).status).toBe(401)
    const otherPurpose = await signPurposeToken(TEST_SECRET, 'qr', { sub: t.userId }, 300)
    expect((await secondFactor({ mfaToken: otherPurpose, code: codeFor(secret, 1) })).status).toBe(401)
    // The code was not spent by the refused attempts.
    expect(
      (await secondFactor({ mfaToken: await mfaTokenFor(t.email), code: codeFor(secret, 1) })).status,
    ).toBe(201)
  })
})

describe('rate limit', () => {
  it('stops guessing after ten attempts per account', async () => {
    const t = await userWithPassword()
    const { secret } = await enrolTotp(t)
    const mfaToken = await mfaTokenFor(t.email)
    const right = codeFor(secret, 1)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    // Confirming the enrolment counted as one attempt.
    for (let i = 0; i < 9; i++) expect((await secondFactor({ mfaToken, code: wrong })).status).toBe(401)
    const limited = await secondFactor({ mfaToken, code: right })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
