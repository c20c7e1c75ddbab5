import { env } from 'cloudflare:test'
import { SignJWT, UnsecuredJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { hashPassword, PBKDF2_ITERATIONS } from '../../../worker/modules/auth/auth.passwords.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'

const PASSWORD = 'a-long-and-correct-password'

async function tenantWithPassword(role: 'owner' | 'viewer' = 'owner') {
  return createTestTenant({ role, passwordHash: await hashPassword(PASSWORD) })
}

const login = (email: string, password: string) =>
  call('/api/v1/auth/sessions', {
    method: 'POST',
    body: JSON.stringify({ email, password, tokenDelivery: 'body' }),
  })

describe('sign in', () => {
  it('sets an HttpOnly session cookie and returns a bearer token', async () => {
    const t = await tenantWithPassword()
    const res = await login(t.email, PASSWORD)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ user: { email: t.email }, tenant: { id: t.tenantId }, role: 'owner' })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^vitrine_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const me = await call('/api/v1/auth/session', { token: res.body.accessToken })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(t.email)
  })

  it('accepts the session cookie on reads', async () => {
    const t = await tenantWithPassword()
    const res = await login(t.email, PASSWORD)
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
    expect((await call('/api/v1/leads', { headers: { cookie } })).status).toBe(200)
  })

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const t = await tenantWithPassword()
    const wrong = await login(t.email, 'not-the-password')
    const unknown = await login('nobody@example.test', 'not-the-password')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body.detail).toBe(unknown.body.detail)
  })

  it('hashes at a cost deployed Workers accept', () => {
    // Deployed Workers refuse PBKDF2 above 100,000 iterations; local workerd does not.
    expect(PBKDF2_ITERATIONS).toBeLessThanOrEqual(100_000)
  })
})

describe('tokens', () => {
  it('refuses alg none', async () => {
    const t = await createTestTenant()
    const token = new UnsecuredJWT({ tid: t.tenantId, role: 'owner' })
      .setSubject(t.userId)
      .setAudience('vitrine')
      .encode()
    expect((await call('/api/v1/leads', { token })).status).toBe(401)
  })

  it('refuses a token signed with another key', async () => {
    const t = await createTestTenant()
    const token = await new SignJWT({ tid: t.tenantId, role: 'owner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(t.userId)
      .setAudience('vitrine')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'))
    expect((await call('/api/v1/leads', { token })).status).toBe(401)
  })

  it('stops working when the membership is removed', async () => {
    const t = await createTestTenant()
    await env.DB.prepare('delete from memberships where user_id = ?').bind(t.userId).run()
    expect((await t.get('/api/v1/leads')).status).toBe(401)
  })
})

describe('CSRF', () => {
  it('refuses cookie-authenticated mutations from another origin', async () => {
    const t = await tenantWithPassword()
    const cookie = ((await login(t.email, PASSWORD)).headers.get('set-cookie') ?? '').split(';')[0]!
    const body = JSON.stringify({ content: testSiteContent('Hacked') })
    const res = await call(`/api/v1/sites/${t.siteId}/versions`, {
      method: 'POST',
      body,
      headers: { cookie, origin: 'https://evil.example' },
    })
    expect(res.status).toBe(403)
    const same = await call(`/api/v1/sites/${t.siteId}/versions`, {
      method: 'POST',
      body,
      headers: { cookie, origin: 'http://localhost' },
    })
    expect(same.status).toBe(201)
  })
})

describe('refresh', () => {
  const refresh = (refreshToken: string) =>
    call('/api/v1/auth/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken, tokenDelivery: 'body' }),
    })

  it('rotates the refresh token, and a replayed old one revokes the whole session', async () => {
    const t = await tenantWithPassword()
    const signedIn = await login(t.email, PASSWORD)
    const first = await refresh(signedIn.body.refreshToken)
    expect(first.status).toBe(200)
    expect(first.body.sessionId).toBe(signedIn.body.sessionId)
    expect(first.body.refreshToken).not.toBe(signedIn.body.refreshToken)
    expect((await call('/api/v1/auth/session', { token: first.body.accessToken })).status).toBe(200)

    const replay = await refresh(signedIn.body.refreshToken)
    expect(replay.status).toBe(401)
    // The thief and the owner are both out: the new tokens die with the session.
    expect((await call('/api/v1/auth/session', { token: first.body.accessToken })).status).toBe(401)
    expect((await refresh(first.body.refreshToken)).status).toBe(401)
  })

  it('refuses a refresh token it never issued', async () => {
    expect((await refresh('rt_made-up')).status).toBe(401)
  })
})

describe('sign out', () => {
  it('revokes the session and clears the cookies', async () => {
    const t = await tenantWithPassword()
    const signedIn = await login(t.email, PASSWORD)
    const token = signedIn.body.accessToken
    const res = await call('/api/v1/auth/session', { method: 'DELETE', token })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/vitrine_session=;.*Max-Age=0/i)
    // The access token is still unexpired, but its session is gone.
    expect((await call('/api/v1/leads', { token })).status).toBe(401)
    const refresh = await call('/api/v1/auth/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: signedIn.body.refreshToken }),
    })
    expect(refresh.status).toBe(401)
  })
})

describe('lockout', () => {
  it('locks the account after five wrong passwords and e-mails its owner', async () => {
    const t = await tenantWithPassword()
    for (let i = 0; i < 5; i++) expect((await login(t.email, 'wrong-password')).status).toBe(401)
    const locked = await login(t.email, PASSWORD)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    const email = await waitForEmail(t.email, /locked/)
    expect(email.text).toContain('/app/forgot-password')
    const audit = await env.DB.prepare('select action from audit_events where target_id = ? or actor_id = ?')
      .bind(t.userId, t.userId)
      .all<{ action: string }>()
    expect(audit.results.map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.sign_in_failed', 'auth.locked']),
    )
  })
})
