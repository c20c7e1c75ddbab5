// Every QR API route refuses the anonymous (401) and, where it changes codes, members who may
// only look (403), with problem+json and nothing written; other tenants' ids are the isolation
// suite's (test/worker/isolation).
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'

const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body))

const ID = { qrCodeId: 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T', qrBatchId: 'qrb_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }

/** Method, path and a valid-looking body: the guard must answer before the body matters. */
const ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/v1/qr-codes'],
  ['POST', '/api/v1/qr-codes', { label: 'Door', target: { type: 'url', url: 'https://example.com/' } }],
  ['GET', `/api/v1/qr-codes/${ID.qrCodeId}`],
  ['PATCH', `/api/v1/qr-codes/${ID.qrCodeId}`, { label: 'Door' }],
  ['DELETE', `/api/v1/qr-codes/${ID.qrCodeId}`],
  ['GET', `/api/v1/qr-codes/${ID.qrCodeId}/download?format=svg`],
  ['GET', `/api/v1/qr-codes/${ID.qrCodeId}/table-tent`],
  ['POST', '/api/v1/qr-codes/print-sheet', { qrCodeIds: [ID.qrCodeId] }],
  ['GET', `/api/v1/qr-codes/${ID.qrCodeId}/analytics`],
  ['GET', '/api/v1/qr-analytics'],
  ['GET', '/api/v1/qr-analytics/export.csv'],
  ['GET', '/api/v1/qr-batches'],
  ['POST', '/api/v1/qr-batches', { source: 'brand', brandId: 'brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }],
  ['GET', `/api/v1/qr-batches/${ID.qrBatchId}`],
  ['GET', `/api/v1/qr-batches/${ID.qrBatchId}/download`],
]

/** The routes that change codes or make new ones: owners, admins and managers only. */
const MANAGING = new Set([
  'POST /api/v1/qr-codes',
  `PATCH /api/v1/qr-codes/${ID.qrCodeId}`,
  `DELETE /api/v1/qr-codes/${ID.qrCodeId}`,
  'POST /api/v1/qr-batches',
])

describe('QR route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    for (const [method, path, body] of ROUTES) {
      const res = await call(path, { method, body: json(body) })
      expect(res.status, `${method} ${path}`).toBe(401)
      expect(res.headers.get('content-type'), `${method} ${path}`).toContain('application/problem+json')
    }
  })

  it('answers 403 to a viewer on every route that changes codes, and writes nothing', async () => {
    const viewer = await createTestTenant({ role: 'viewer' })
    for (const [method, path, body] of ROUTES.filter(([m, p]) => MANAGING.has(`${m} ${p}`))) {
      const res = await call(path, { method, body: json(body), token: viewer.token })
      expect(res.status, `${method} ${path}`).toBe(403)
      expect(res.headers.get('content-type'), `${method} ${path}`).toContain('application/problem+json')
    }
    const list = await call('/api/v1/qr-codes', { token: viewer.token })
    expect(list.status).toBe(200)
    expect(list.body.data).toEqual([])
  })

  it('answers 400 problem+json with the field named for a malformed body or query', async () => {
    const t = await createTestTenant()
    const bad: [string, string, unknown, string][] = [
      [
        'POST',
        '/api/v1/qr-codes',
        { label: 'Door', target: { type: 'url', url: 'javascript:alert(1)' } },
        'target',
      ],
      ['POST', '/api/v1/qr-codes/print-sheet', { qrCodeIds: [] }, 'qrCodeIds'],
      ['POST', '/api/v1/qr-batches', { source: 'csv', csv: '' }, 'csv'],
      ['GET', '/api/v1/qr-analytics?from=2026-02-31', undefined, 'from'],
    ]
    for (const [method, path, body, field] of bad) {
      const res = await call(path, { method, body: json(body), token: t.token })
      expect(res.status, `${method} ${path}`).toBe(400)
      expect(res.headers.get('content-type'), `${method} ${path}`).toContain('application/problem+json')
      expect(JSON.stringify(res.body), `${method} ${path}`).toContain(field)
    }
    expect((await call('/api/v1/qr-codes', { token: t.token })).body.data).toEqual([])
  })
})
