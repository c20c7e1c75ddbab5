// Every auth route refuses a malformed body with 400 problem+json, and a missing session with 401.
import { describe, expect, it } from 'vitest'
import { call } from '../../helpers/tenant.ts'

const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) })

describe('auth routes, bad input', () => {
  it.each([
    ['POST', '/api/v1/auth/sessions', { email: 'not-an-address', password: '' }],
    ['POST', '/api/v1/auth/sessions', { email: 'someone@example.test', password: 'x', extra: true }],
    ['POST', '/api/v1/auth/refresh', { refreshToken: 42 }],
  ])('%s %s answers %j with 400 problem+json', async (method, path, body) => {
    const res = await call(path, json(method, body))
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('BAD_REQUEST')
  })
})

describe('auth routes, no session', () => {
  it.each([
    ['GET', '/api/v1/auth/session'],
    ['DELETE', '/api/v1/auth/session'],
  ])('%s %s answers 401 problem+json', async (method, path) => {
    const res = await call(path, { method })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
