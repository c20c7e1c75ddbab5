import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import {
  auditActionsOf,
  mfaTokenFor,
  secondFactor,
  sessionMethodOf,
  userWithPassword,
} from './mfa-helpers.ts'
import { SoftAuthenticator } from './soft-authenticator.ts'

const ORIGIN = 'http://localhost:8787'

const post = (path: string, body: unknown) => call(path, { method: 'POST', body: JSON.stringify(body) })

async function addPasskey(t: TestTenant, name?: string): Promise<SoftAuthenticator> {
  const authenticator = new SoftAuthenticator(ORIGIN)
  const options = await t.post('/api/v1/auth/passkeys/registration-options', {})
  expect(options.status).toBe(200)
  const response = await authenticator.register(options.body)
  const created = await t.post('/api/v1/auth/passkeys', { response, ...(name ? { name } : {}) })
  expect(created.status).toBe(201)
  return authenticator
}

const passwordlessOptions = async () => {
  const res = await post('/api/v1/auth/passkeys/authentication-options', {})
  expect(res.status).toBe(200)
  return res.body
}

describe('adding passkeys', () => {
  it('registers a discoverable passkey for this site and lists it', async () => {
    const t = await createTestTenant()
    const options = await t.post('/api/v1/auth/passkeys/registration-options', {})
    expect(options.body).toMatchObject({
      rp: { id: 'localhost', name: 'Vitrine' },
      user: { name: t.email },
      authenticatorSelection: { residentKey: 'required' },
      timeout: 300_000,
    })
    const authenticator = new SoftAuthenticator(ORIGIN)
    const created = await t.post('/api/v1/auth/passkeys', {
      response: await authenticator.register(options.body),
      name: 'Work laptop',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      id: authenticator.credentialId,
      name: 'Work laptop',
      lastUsedAt: null,
    })
    const list = await t.get('/api/v1/auth/passkeys')
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([authenticator.credentialId])
    expect((await t.get('/api/v1/auth/session')).body.user.mfa.passkeys).toBe(1)
    expect(await auditActionsOf(t.userId)).toContain('mfa.passkey_added')
  })

  it('spends the challenge: the same answer cannot register twice', async () => {
    const t = await createTestTenant()
    const options = await t.post('/api/v1/auth/passkeys/registration-options', {})
    const response = await new SoftAuthenticator(ORIGIN).register(options.body)
    expect((await t.post('/api/v1/auth/passkeys', { response })).status).toBe(201)
    const again = await t.post('/api/v1/auth/passkeys', { response })
    expect(again.status).toBe(400)
    expect(again.body.code).toBe('BAD_REQUEST')
  })

  it("refuses another user's challenge and another origin", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const options = await a.post('/api/v1/auth/passkeys/registration-options', {})
    const response = await new SoftAuthenticator(ORIGIN).register(options.body)
    expect((await b.post('/api/v1/auth/passkeys', { response })).status).toBe(400)
    const other = await a.post('/api/v1/auth/passkeys/registration-options', {})
    const phished = await new SoftAuthenticator('https://evil.example').register(other.body)
    expect((await a.post('/api/v1/auth/passkeys', { response: phished })).status).toBe(400)
  })

  it('validates the body', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/auth/passkeys', { response: { id: 'x' } })
    expect(res.status).toBe(400)
    expect(res.body.errors.length).toBeGreaterThan(0)
  })

  it('needs a signed-in person', async () => {
    expect((await post('/api/v1/auth/passkeys/registration-options', {})).status).toBe(401)
    expect((await call('/api/v1/auth/passkeys')).status).toBe(401)
  })
})

describe('removing passkeys', () => {
  it("removes one's own and answers 404 for someone else's", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const authenticator = await addPasskey(a)
    const path = `/api/v1/auth/passkeys/${authenticator.credentialId}`
    expect((await call(path, { method: 'DELETE', token: b.token })).status).toBe(404)
    expect((await call(path, { method: 'DELETE', token: a.token })).status).toBe(204)
    expect((await a.get('/api/v1/auth/passkeys')).body.data).toEqual([])
    expect(await auditActionsOf(a.userId)).toContain('mfa.passkey_removed')
    // A removed passkey no longer signs in.
    const options = await passwordlessOptions()
    const res = await post('/api/v1/auth/passkeys/authenticate', {
      response: await authenticator.authenticate(options),
    })
    expect(res.status).toBe(401)
  })
})

describe('passwordless sign-in', () => {
  it('signs in with the passkey alone, once per challenge', async () => {
    const t = await createTestTenant()
    const authenticator = await addPasskey(t)
    const options = await passwordlessOptions()
    expect(options.allowCredentials ?? []).toEqual([])
    expect(options.userVerification).toBe('required')
    const response = await authenticator.authenticate(options)
    const res = await post('/api/v1/auth/passkeys/authenticate', { response, tokenDelivery: 'body' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ user: { id: t.userId }, tenant: { id: t.tenantId } })
    expect(await sessionMethodOf(res.body.sessionId)).toBe('passkey')
    const listed = await t.get('/api/v1/auth/passkeys')
    expect(listed.body.data[0].lastUsedAt).not.toBeNull()
    // A fresh signature (higher counter) over the same challenge: the challenge is spent.
    const replay = await post('/api/v1/auth/passkeys/authenticate', {
      response: await authenticator.authenticate(options),
    })
    expect(replay.status).toBe(401)
    expect(replay.body.code).toBe('UNAUTHORIZED')
  })

  it('needs user verification', async () => {
    const t = await createTestTenant()
    const authenticator = await addPasskey(t)
    const options = await passwordlessOptions()
    const response = await authenticator.authenticate(options, { userVerified: false })
    expect((await post('/api/v1/auth/passkeys/authenticate', { response })).status).toBe(401)
  })

  it('refuses a challenge the server never issued, and an expired one', async () => {
    const t = await createTestTenant()
    const authenticator = await addPasskey(t)
    const options = await passwordlessOptions()
    const invented = await authenticator.authenticate(options, {
      challenge: 'aW52ZW50ZWQtYnktdGhlLWNsaWVudA',
    })
    expect((await post('/api/v1/auth/passkeys/authenticate', { response: invented })).status).toBe(401)
    const stale = await passwordlessOptions()
    await env.SITE_CACHE.put(
      `webauthn:${stale.challenge}`,
      JSON.stringify({ purpose: 'passwordless', userId: null, expiresAt: Date.now() - 1000 }),
    )
    const late = await authenticator.authenticate(stale)
    expect((await post('/api/v1/auth/passkeys/authenticate', { response: late })).status).toBe(401)
  })
})

describe('passkey as the second factor', () => {
  it('completes a password sign-in, through either endpoint', async () => {
    const t = await userWithPassword()
    const authenticator = await addPasskey(t)
    const mfaToken = await mfaTokenFor(t.email)
    const options = await post('/api/v1/auth/passkeys/authentication-options', { mfaToken })
    expect(options.status).toBe(200)
    expect(options.body.allowCredentials.map((c: { id: string }) => c.id)).toEqual([
      authenticator.credentialId,
    ])
    const res = await post('/api/v1/auth/passkeys/authenticate', {
      mfaToken,
      response: await authenticator.authenticate(options.body),
      tokenDelivery: 'body',
    })
    expect(res.status).toBe(201)
    expect(await sessionMethodOf(res.body.sessionId)).toBe('pwd+passkey')

    const next = await post('/api/v1/auth/passkeys/authentication-options', { mfaToken })
    const viaMfa = await secondFactor({ mfaToken, passkey: await authenticator.authenticate(next.body) })
    expect(viaMfa.status).toBe(201)
  })

  it("does not accept another user's passkey, or a passwordless challenge", async () => {
    const a = await userWithPassword()
    const b = await userWithPassword()
    await addPasskey(a)
    const bKey = await addPasskey(b)
    const mfaToken = await mfaTokenFor(a.email)
    const options = await post('/api/v1/auth/passkeys/authentication-options', { mfaToken })
    const res = await secondFactor({ mfaToken, passkey: await bKey.authenticate(options.body) })
    expect(res.status).toBe(401)
    const aKey = await addPasskey(a)
    const passwordless = await passwordlessOptions()
    const wrongKind = await secondFactor({ mfaToken, passkey: await aKey.authenticate(passwordless) })
    expect(wrongKind.status).toBe(401)
  })

  it('lists the passkey among the methods of the challenge', async () => {
    const t = await userWithPassword()
    await addPasskey(t)
    const res = await post('/api/v1/auth/sessions', {
      email: t.email,
      password: 'a-long-and-correct-password',
    })
    expect(res.status).toBe(200)
    expect(res.body.methods).toEqual(['passkey'])
  })
})
