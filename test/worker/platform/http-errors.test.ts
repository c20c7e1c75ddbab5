import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'

const expectProblem = (
  res: { status: number; headers: Headers; body: any },
  status: number,
  code: string,
) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  expect(res.body).toMatchObject({ status, code, requestId: expect.stringMatching(/^req_/) })
  expect(res.body.requestId).toBe(res.headers.get('x-request-id'))
}

describe('bad input on the API', () => {
  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await call('/api/v1/nothing-here'), 404, 'NOT_FOUND')
  })

  it('refuses missing authentication', async () => {
    const res = await call('/api/v1/leads')
    expectProblem(res, 401, 'UNAUTHORIZED')
    expect(res.body.detail).toMatch(/sign in/i)
  })

  it('refuses malformed JSON with 400', async () => {
    const res = await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: '{"email":',
      headers: { 'content-type': 'application/json' },
    })
    expectProblem(res, 400, 'BAD_REQUEST')
  })

  it('refuses a body that is not JSON with 415', async () => {
    const res = await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: 'email=a',
      headers: { 'content-type': 'text/plain' },
    })
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('refuses oversized bodies with 413 before reading them', async () => {
    const big = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(70 * 1024) })
    expectProblem(
      await call('/api/v1/auth/sessions', { method: 'POST', body: big }),
      413,
      'PAYLOAD_TOO_LARGE',
    )
  })

  it('refuses unknown fields and names them', async () => {
    const res = await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: JSON.stringify({ email: 'a@b.co', password: 'x', admin: true }),
    })
    expectProblem(res, 400, 'BAD_REQUEST')
    expect(JSON.stringify(res.body.errors)).toContain('admin')
  })

  it('refuses an invalid query with the field that is wrong', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/leads?limit=5000')
    expectProblem(res, 400, 'BAD_REQUEST')
    expect(res.body.errors[0].path).toBe('limit')
  })
})

describe('response headers', () => {
  it('sends security headers and a request id everywhere', async () => {
    for (const path of ['/health', '/api/v1/leads', '/no/such-page']) {
      const res = await call(path)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('x-request-id')).toMatch(/^req_/)
    }
  })

  it('does not open CORS on the private API', async () => {
    const res = await call('/api/v1/leads', { headers: { origin: 'https://evil.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
