// QR sign-in routes: 400 problem+json for a malformed login id, 401 where a phone's session is needed.
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { ORIGIN } from './desktop.ts'

describe('QR sign-in routes, bad input', () => {
  it('refuses a malformed login id on every route that takes one', async () => {
    const t = await createTestTenant()
    const cases = [
      call('/api/v1/auth/qr-logins/not-an-id/approve', { method: 'POST', token: t.token }),
      call('/api/v1/auth/qr-logins/not-an-id/deny', { method: 'POST', token: t.token }),
      call('/api/v1/auth/qr-logins/not-an-id/complete', { method: 'POST', headers: { origin: ORIGIN } }),
    ]
    for (const res of await Promise.all(cases)) {
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('QR sign-in routes, no session', () => {
  it('needs a signed-in person to deny', async () => {
    const res = await call(`/api/v1/auth/qr-logins/${newId('qrLogin')}/deny`, { method: 'POST' })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
