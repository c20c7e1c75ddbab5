import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { newReceiver, receiverUrl, recordDelivery, subscribe } from './webhook-fixtures.ts'

const keyWith = apiKeyFor

const patch = (t: TestTenant, path: string, body: unknown) =>
  call(path, { method: 'PATCH', token: t.token, body: JSON.stringify(body) })
const del = (t: TestTenant, path: string) => call(path, { method: 'DELETE', token: t.token })

describe('webhook endpoints API', () => {
  it('creates an endpoint, shows its secret once, lists, changes and deletes it', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const created = await subscribe(t, name, ['lead.created', 'lead.assigned'])
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(created.endpoint).toMatchObject({
      url: receiverUrl(name),
      events: ['lead.created', 'lead.assigned'],
      status: 'active',
      consecutiveFailures: 0,
    })
    const id = created.endpoint.id
    const one = await t.get(`/api/v1/webhooks/${id}`)
    expect(one.status).toBe(200)
    expect(JSON.stringify(one.body)).not.toContain(created.secret)
    expect(JSON.stringify((await t.get('/api/v1/webhooks')).body)).not.toContain(created.secret)

    const changed = await patch(t, `/api/v1/webhooks/${id}`, {
      events: ['contact.merged'],
      description: 'Sheet',
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ events: ['contact.merged'], description: 'Sheet' })

    const off = await patch(t, `/api/v1/webhooks/${id}`, { status: 'disabled' })
    expect(off.body).toMatchObject({ status: 'disabled', disabledReason: 'Turned off by a member' })
    const on = await t.post(`/api/v1/webhooks/${id}/enable`, {})
    expect(on.body).toMatchObject({ status: 'active', disabledReason: null, consecutiveFailures: 0 })

    const rotated = await t.post(`/api/v1/webhooks/${id}/rotate-secret`, {})
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(rotated.body.secret).not.toBe(created.secret)

    await recordDelivery(t, id)
    expect((await del(t, `/api/v1/webhooks/${id}`)).status).toBe(204)
    expect((await t.get(`/api/v1/webhooks/${id}`)).status).toBe(404)
    const actions = (await t.get('/api/v1/audit-events?limit=20')).body.data.map(
      (e: { action: string }) => e.action,
    )
    expect(actions).toEqual(
      expect.arrayContaining([
        'webhook.created',
        'webhook.updated',
        'webhook.disabled',
        'webhook.enabled',
        'webhook.secret_rotated',
        'webhook.deleted',
      ]),
    )
  })

  it('refuses private, loopback and local addresses, credentials and other schemes with 400', async () => {
    const t = await createTestTenant()
    for (const url of [
      'http://10.0.0.8/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://intranet.local/hook',
      'https://printer/hook',
      'https://user:pass@example.com/hook',
      'javascript:alert(1)',
      'ftp://example.com/hook',
      // A public host over plain http: only allow-listed local receivers may use http.
      'http://example.com/hook',
      'not a url',
    ]) {
      const res = await t.post('/api/v1/webhooks', { url, events: ['lead.created'] })
      expect(res.status, url).toBe(400)
      expect(res.body.code, url).toBe('BAD_REQUEST')
      expect(res.body.errors[0].path, url).toBe('url')
    }
    // The allow-list (OUTBOUND_ALLOW_HOSTS, the local receiver) lets loopback through, credentials still not.
    const credentials = `${receiverUrl(newReceiver())}`.replace('http://', 'http://me:pw@')
    expect((await t.post('/api/v1/webhooks', { url: credentials, events: ['lead.created'] })).status).toBe(
      400,
    )
    expect((await t.get('/api/v1/webhooks')).body.data).toEqual([])
  })

  it('refuses bad bodies: no events, unknown or repeated events, unknown fields', async () => {
    const t = await createTestTenant()
    const url = 'https://hooks.example.com/vitrine'
    for (const body of [
      { url, events: [] },
      { url, events: ['lead.deleted'] },
      { url, events: ['lead.created', 'lead.created'] },
      { url, events: ['lead.created'], secret: 'mine' },
      { events: ['lead.created'] },
    ]) {
      const res = await t.post('/api/v1/webhooks', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    const ok = await t.post('/api/v1/webhooks', { url, events: ['lead.created'] })
    expect(ok.status).toBe(201)
    const id = ok.body.endpoint.id
    expect((await patch(t, `/api/v1/webhooks/${id}`, { url: 'https://127.0.0.2/x' })).status).toBe(400)
    expect((await t.get(`/api/v1/webhooks/${id}`)).body.url).toBe(url)
  })

  it('is for owners, admins and keys with webhooks:write only', async () => {
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const t = await createTestTenant({ role })
      expect((await t.get('/api/v1/webhooks')).status, role).toBe(403)
      const res = await t.post('/api/v1/webhooks', {
        url: 'https://hooks.example.com/a',
        events: ['lead.created'],
      })
      expect(res.status, role).toBe(403)
    }
    const scoped = await createTestTenant({ role: 'admin', branchScoped: true })
    expect((await scoped.get('/api/v1/webhooks')).status).toBe(403)

    const t = await createTestTenant({ role: 'admin' })
    const reader = await keyWith(t, ['leads:read', 'leads:write'])
    expect((await call('/api/v1/webhooks', { token: reader })).status).toBe(403)
    const writer = await keyWith(t, ['webhooks:write'])
    const created = await call('/api/v1/webhooks', {
      method: 'POST',
      token: writer,
      body: JSON.stringify({ url: 'https://hooks.zapier.example/catch/1', events: ['lead.created'] }),
    })
    expect(created.status).toBe(201)
    const gone = await call(`/api/v1/webhooks/${created.body.endpoint.id}`, {
      method: 'DELETE',
      token: writer,
    })
    expect(gone.status).toBe(204)
  })

  it('answers 404 for another tenant’s endpoint and delivery, and leaves them alone', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const { endpoint } = await subscribe(a, newReceiver())
    const { id: deliveryId } = await recordDelivery(a, endpoint.id)
    const base = `/api/v1/webhooks/${endpoint.id}`
    for (const [method, path] of [
      ['GET', base],
      ['PATCH', base],
      ['DELETE', base],
      ['POST', `${base}/rotate-secret`],
      ['POST', `${base}/enable`],
      ['POST', `${base}/test`],
      ['GET', `${base}/deliveries`],
      ['GET', `${base}/deliveries/${deliveryId}`],
      ['POST', `${base}/deliveries/${deliveryId}/replay`],
    ] as const) {
      const res = await call(path, {
        method,
        token: b.token,
        ...(method === 'GET' || method === 'DELETE'
          ? {}
          : { body: JSON.stringify(method === 'PATCH' ? { description: 'x' } : {}) }),
      })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect(res.body.code).toBe('NOT_FOUND')
    }
    // A's own delivery under another of A's endpoints is not found either.
    const other = await subscribe(a, newReceiver())
    expect((await a.get(`/api/v1/webhooks/${other.endpoint.id}/deliveries/${deliveryId}`)).status).toBe(404)
    expect((await a.get(base)).body).toMatchObject({ description: 'CRM', status: 'active' })
    expect((await a.get(`${base}/deliveries`)).body.data).toHaveLength(1)
  })

  it('pages the delivery log newest first and filters by status', async () => {
    const t = await createTestTenant()
    const { endpoint } = await subscribe(t, newReceiver())
    const ids: string[] = []
    // A second apart: two ids minted in the same millisecond have no order between them.
    const start = Date.now() - 3000
    for (let i = 0; i < 3; i++) ids.push((await recordDelivery(t, endpoint.id, {}, start + i * 1000)).id)
    const first = await t.get(`/api/v1/webhooks/${endpoint.id}/deliveries?limit=2`)
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]])
    expect(first.body.data[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
      eventType: 'lead.created',
      test: false,
    })
    const second = await t.get(
      `/api/v1/webhooks/${endpoint.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
    )
    expect(second.body).toMatchObject({ data: [{ id: ids[0] }], nextCursor: null })
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}/deliveries?status=failed`)).body.data).toEqual([])
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}/deliveries?cursor=nope`)).status).toBe(400)
    const detail = await t.get(`/api/v1/webhooks/${endpoint.id}/deliveries/${ids[0]}`)
    expect(detail.body.payload).toMatchObject({ type: 'lead.created', tenantId: t.tenantId })
  })
})
