// Account routes: 400 problem+json for malformed input, 401 without a session.
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'

const json = (method: string, body: unknown, token?: string) => ({
  method,
  body: JSON.stringify(body),
  token,
})

describe('account routes, bad input', () => {
  it.each([
    ['POST', '/api/v1/auth/email-verification/confirm', {}],
    ['POST', '/api/v1/auth/password-reset', { email: 'not-an-address' }],
    ['POST', '/api/v1/auth/password-reset/confirm', { password: 'a-long-and-correct-password' }],
  ])('%s %s answers %j with 400 problem+json', async (method, path, body) => {
    const res = await call(path, json(method, body))
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('BAD_REQUEST')
  })

  it('refuses a malformed body or session id from a signed-in person', async () => {
    const t = await createTestTenant()
    const cases = [
      call('/api/v1/auth/password', json('POST', { newPassword: 'a-long-and-correct-password' }, t.token)),
      call('/api/v1/auth/session/tenant', json('POST', { tenantId: '' }, t.token)),
      call(`/api/v1/auth/sessions/${'s'.repeat(65)}`, { method: 'DELETE', token: t.token }),
    ]
    for (const res of await Promise.all(cases)) {
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('account routes, no session', () => {
  it.each([
    ['POST', '/api/v1/auth/password', { currentPassword: 'x', newPassword: 'a-long-and-correct-password' }],
    ['GET', '/api/v1/auth/sessions', undefined],
    ['DELETE', '/api/v1/auth/sessions', undefined],
    ['DELETE', '/api/v1/auth/sessions/ses_01JD3Q9W2Z8K5V7M4N6P0R1S2T', undefined],
    ['POST', '/api/v1/auth/session/tenant', { tenantId: 'ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }],
  ])('%s %s answers 401 problem+json', async (method, path, body) => {
    const res = await call(path, body === undefined ? { method } : json(method, body))
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
