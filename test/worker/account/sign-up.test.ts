import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import {
  auditActions,
  postJson,
  randomIp,
  signUp,
  uniqueEmail,
  verificationToken,
} from './account-helpers.ts'

const countTenantsNamed = async (name: string) =>
  (await env.DB.prepare('select count(*) as n from tenants where name = ?').bind(name).first<{ n: number }>())
    ?.n

describe('sign up', () => {
  it('creates the person and their organisation, signs them in and e-mails a working verify link', async () => {
    const email = uniqueEmail()
    const res = await signUp({ email, name: 'Asha Verma', organisationName: 'Verma Dental' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      user: { email, name: 'Asha Verma', emailVerified: false },
      tenant: { name: 'Verma Dental', status: 'active' },
      role: 'owner',
    })
    expect(res.body.accessToken).toBeTruthy()
    expect(res.body.refreshToken).toMatch(/^rt_/)
    expect(res.headers.get('set-cookie')).toMatch(/vitrine_session=.*HttpOnly/i)
    const plan = await env.DB.prepare('select plan_id from tenants where id = ?')
      .bind(res.body.tenant.id)
      .first<{ plan_id: string }>()
    expect(plan?.plan_id).toBe('plan_starter')

    const token = await verificationToken(email)
    const confirmed = await postJson('/api/v1/auth/email-verification/confirm', { token })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toEqual({ email, emailVerified: true })
    const me = await call('/api/v1/auth/session', { token: res.body.accessToken })
    expect(me.body.user.emailVerified).toBe(true)
    expect(await auditActions(res.body.user.id)).toEqual(
      expect.arrayContaining(['auth.signed_up', 'auth.signed_in', 'auth.email_verified']),
    )
  })

  it('refuses an address already in use and leaves no organisation behind', async () => {
    const existing = await createTestTenant()
    const organisationName = `Duplicate ${crypto.randomUUID()}`
    const before = await env.DB.prepare('select count(*) as n from tenants').first<{ n: number }>()
    const res = await signUp({ email: existing.email.toUpperCase(), organisationName })
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
    expect(res.body.detail).toBe('An account with this e-mail exists; sign in or reset your password')
    const after = await env.DB.prepare('select count(*) as n from tenants').first<{ n: number }>()
    expect(after?.n).toBe(before?.n)
    expect(await countTenantsNamed(organisationName)).toBe(0)
  })

  it('answers a malformed e-mail and a short password with problem+json naming the fields', async () => {
    const res = await signUp({ email: 'not-an-email', password: 'short' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('BAD_REQUEST')
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']))
  })

  it('refuses unknown fields and a blank organisation name', async () => {
    const res = await signUp({ organisationName: '   ', role: 'super_admin' })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
  })

  it('limits sign-ups per IP with 429, Retry-After and RateLimit headers', async () => {
    const existing = await createTestTenant()
    const headers = { 'cf-connecting-ip': randomIp() }
    // Attempts on a taken address are cheap and still count against the limit.
    for (let i = 0; i < 10; i++) expect((await signUp({ email: existing.email }, headers)).status).toBe(409)
    const limited = await signUp({}, headers)
    expect(limited.status).toBe(429)
    expect(limited.body.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('ratelimit-limit')).toBe('10')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    expect(limited.headers.get('ratelimit-reset')).toBeTruthy()
    // Another address is not affected.
    expect((await signUp({}, { 'cf-connecting-ip': randomIp() })).status).toBe(201)
  })
})
