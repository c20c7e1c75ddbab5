import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { emailTokens } from '../../../worker/modules/auth/auth.tables.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { postJson, signUp, tokenIn, verificationToken } from './account-helpers.ts'

const confirm = (token: string) => postJson('/api/v1/auth/email-verification/confirm', { token })

describe('e-mail verification', () => {
  it('accepts a link once, then answers 410', async () => {
    const res = await signUp()
    const token = await verificationToken(res.body.user.email)
    expect((await confirm(token)).status).toBe(200)
    const again = await confirm(token)
    expect(again.status).toBe(410)
    expect(again.body.code).toBe('GONE')
    expect(again.body.detail).toMatch(/already been used/)
  })

  it('refuses a token it never issued with 400', async () => {
    const res = await confirm('ve_not-a-real-token')
    expect(res.status).toBe(400)
    expect(res.body.detail).toMatch(/not valid/)
  })

  it('refuses an expired link with 410 and leaves the address unverified', async () => {
    const t = await createTestTenant()
    const token = 've_expired-token-for-test'
    await d1(env.DB)
      .insert(emailTokens)
      .values({
        id: newId('emailToken'),
        userId: t.userId,
        purpose: 'verify_email',
        tokenHash: await hashSecret(token),
        expiresAt: new Date(Date.now() - 1000),
      })
    const res = await confirm(token)
    expect(res.status).toBe(410)
    expect(res.body.detail).toMatch(/expired/)
    expect((await t.get('/api/v1/auth/session')).body.user.emailVerified).toBe(false)
  })

  it('does not accept a reset token as a verification token', async () => {
    const t = await createTestTenant()
    const token = 'pr_reset-token-for-test'
    await d1(env.DB)
      .insert(emailTokens)
      .values({
        id: newId('emailToken'),
        userId: t.userId,
        purpose: 'reset_password',
        tokenHash: await hashSecret(token),
        expiresAt: new Date(Date.now() + 3600_000),
      })
    expect((await confirm(token)).status).toBe(400)
  })

  it('resends a link to a signed-in, unverified person, and refuses once verified', async () => {
    const t = await createTestTenant()
    const resend = () => call('/api/v1/auth/email-verification', { method: 'POST', token: t.token })
    const res = await resend()
    expect(res.status).toBe(202)
    const token = tokenIn(await waitForEmail(t.email, /Confirm your e-mail/), 'verify-email')
    expect((await confirm(token)).status).toBe(200)
    const after = await resend()
    expect(after.status).toBe(409)
    expect(after.body.code).toBe('CONFLICT')
  })

  it('needs a session to resend', async () => {
    const res = await call('/api/v1/auth/email-verification', { method: 'POST' })
    expect(res.status).toBe(401)
  })
})
