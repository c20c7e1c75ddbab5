// MFA routes: 400 problem+json for malformed input, 401 without a session.
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'

const json = (method: string, body: unknown, token?: string) => ({
  method,
  body: JSON.stringify(body),
  token,
})

describe('MFA routes, bad input', () => {
  it.each([
    ['POST', '/api/v1/auth/sessions/mfa', { code: '123456' }],
    ['POST', '/api/v1/auth/passkeys/authentication-options', { mfaToken: 42 }],
    ['POST', '/api/v1/auth/passkeys/authenticate', { response: { id: 'x' } }],
  ])('%s %s answers %j with 400 problem+json', async (method, path, body) => {
    const res = await call(path, json(method, body))
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('BAD_REQUEST')
  })

  it('refuses a malformed body or passkey id from a signed-in person', async () => {
    const t = await createTestTenant()
    const cases = [
      call('/api/v1/auth/mfa/totp', json('DELETE', { code: '123456', password: 'both' }, t.token)),
      call('/api/v1/auth/mfa/recovery-codes', json('POST', { code: 'abcdef' }, t.token)),
      call('/api/v1/auth/passkeys/not+base64url', { method: 'DELETE', token: t.token }),
    ]
    for (const res of await Promise.all(cases)) {
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('MFA routes, no session', () => {
  it.each([
    ['POST', '/api/v1/auth/mfa/totp/confirm', { code: '123456' }],
    ['DELETE', '/api/v1/auth/mfa/totp', { code: '123456' }],
    ['POST', '/api/v1/auth/mfa/recovery-codes', { code: '123456' }],
    ['POST', '/api/v1/auth/passkeys', { response: {} }],
    ['DELETE', '/api/v1/auth/passkeys/KEbWNCc7NgaYnUyrNeFGX9', undefined],
  ])('%s %s answers 401 problem+json', async (method, path, body) => {
    const res = await call(path, body === undefined ? { method } : json(method, body))
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
