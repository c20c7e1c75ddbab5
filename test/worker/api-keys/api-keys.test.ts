import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { API_SCOPES, type ApiScope } from '../../../worker/modules/auth/permissions.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

async function verifiedTenant(role: 'owner' | 'admin' = 'owner') {
  const t = await createTestTenant({ role })
  await env.DB.prepare('update users set email_verified_at = ? where id = ?').bind(Date.now(), t.userId).run()
  return t
}

async function createKey(t: TestTenant, scopes: ApiScope[] = ['leads:read'], name = 'Integration') {
  const res = await t.post('/api/v1/api-keys', { name, scopes })
  expect(res.status).toBe(201)
  return res.body as { id: string; key: string; prefix: string; scopes: ApiScope[] }
}

describe('creating a key', () => {
  it('shows the secret once, and the list never again', async () => {
    const t = await verifiedTenant()
    const res = await t.post('/api/v1/api-keys', {
      name: '  CRM sync  ',
      scopes: ['leads:read', 'sites:read'],
    })
    expect(res.status).toBe(201)
    expect(res.body.key).toMatch(/^vk_live_[A-Za-z0-9_-]{43}$/)
    expect(res.body).toMatchObject({
      name: 'CRM sync',
      prefix: res.body.key.slice(0, 12),
      scopes: ['leads:read', 'sites:read'],
      createdBy: { id: t.userId },
      lastUsedAt: null,
      revokedAt: null,
    })
    const list = await t.get('/api/v1/api-keys')
    expect(list.status).toBe(200)
    expect(list.body.data).toEqual([expect.objectContaining({ id: res.body.id, prefix: res.body.prefix })])
    expect(list.body.data[0]).not.toHaveProperty('key')
    expect(JSON.stringify(list.body)).not.toContain(res.body.key)
    const stored = await env.DB.prepare('select key_hash from api_keys where id = ?')
      .bind(res.body.id)
      .first<{ key_hash: string }>()
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored?.key_hash).not.toContain(res.body.key.slice(8))
  })

  it('audits the creation with its scopes but never the secret', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t, ['leads:write'])
    const row = await env.DB.prepare(
      "select actor_id, target_id, metadata from audit_events where action = 'api_key.created' and tenant_id = ?",
    )
      .bind(t.tenantId)
      .first<{ actor_id: string; target_id: string; metadata: string }>()
    expect(row).toMatchObject({ actor_id: t.userId, target_id: key.id })
    expect(JSON.parse(row!.metadata)).toMatchObject({ scopes: ['leads:write'], prefix: key.prefix })
    expect(row!.metadata).not.toContain(key.key)
  })

  it('refuses a member whose e-mail address is not verified', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/api-keys', { name: 'x', scopes: ['leads:read'] })
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(/verify your e-mail/i)
    expect((await t.get('/api/v1/api-keys')).body.data).toEqual([])
  })

  it('refuses keys minting keys, even with every scope', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t, [...API_SCOPES])
    const res = await call('/api/v1/api-keys', {
      method: 'POST',
      token: key.key,
      body: JSON.stringify({ name: 'child', scopes: ['leads:read'] }),
    })
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(/person, not an API key/)
    expect((await call('/api/v1/api-keys', { token: key.key })).status).toBe(403)
    expect((await call(`/api/v1/api-keys/${key.id}`, { method: 'DELETE', token: key.key })).status).toBe(403)
  })

  it('validates the name and scopes', async () => {
    const t = await verifiedTenant()
    for (const body of [
      { name: '', scopes: ['leads:read'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['leads:delete'] },
      { name: 'x', scopes: ['leads:read', 'leads:read'] },
      { name: 'x', scopes: ['leads:read'], tenantId: 'ten_other' },
    ]) {
      const res = await t.post('/api/v1/api-keys', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
    }
    expect((await t.get('/api/v1/api-keys')).body.data).toEqual([])
  })

  it('needs api_keys.manage', async () => {
    const t = await createTestTenant({ role: 'manager' })
    await env.DB.prepare('update users set email_verified_at = ? where id = ?')
      .bind(Date.now(), t.userId)
      .run()
    expect((await t.post('/api/v1/api-keys', { name: 'x', scopes: ['leads:read'] })).status).toBe(403)
    expect((await t.get('/api/v1/api-keys')).status).toBe(403)
    const admin = await verifiedTenant('admin')
    expect((await admin.post('/api/v1/api-keys', { name: 'x', scopes: ['leads:read'] })).status).toBe(201)
  })
})

describe('using a key', () => {
  it('reads leads with the right scope and records when it was last used', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t, ['leads:read'])
    const res = await call('/api/v1/leads', { token: key.key })
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([])
    await vi.waitFor(async () => {
      const list = await t.get('/api/v1/api-keys')
      expect(list.body.data[0].lastUsedAt).not.toBeNull()
    })
  })

  it('lets a write scope read too', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t, ['leads:write'])
    expect((await call('/api/v1/leads', { token: key.key })).status).toBe(200)
  })

  it('refuses what its scopes do not cover', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t, ['sites:read'])
    const res = await call('/api/v1/leads', { token: key.key })
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(/leads\.read/)
    expect((await call('/api/v1/sites', { token: key.key })).status).toBe(200)
  })

  it('is refused when unknown', async () => {
    const res = await call('/api/v1/leads', { token: 'vk_live_not-a-real-key-not-a-real-key-not-a-real' })
    expect(res.status).toBe(401)
  })
})

describe('revoking a key', () => {
  it('stops it at once, audits once, and can be repeated', async () => {
    const t = await verifiedTenant()
    const key = await createKey(t)
    expect((await call('/api/v1/leads', { token: key.key })).status).toBe(200)
    const res = await call(`/api/v1/api-keys/${key.id}`, { method: 'DELETE', token: t.token })
    expect(res.status).toBe(204)
    expect((await call('/api/v1/leads', { token: key.key })).status).toBe(401)
    expect((await call(`/api/v1/api-keys/${key.id}`, { method: 'DELETE', token: t.token })).status).toBe(204)
    const list = await t.get('/api/v1/api-keys')
    expect(list.body.data[0].revokedAt).not.toBeNull()
    const audits = await env.DB.prepare(
      "select count(*) as n from audit_events where action = 'api_key.revoked' and target_id = ?",
    )
      .bind(key.id)
      .first<{ n: number }>()
    expect(audits?.n).toBe(1)
  })

  it('cannot reach another tenant’s key', async () => {
    const a = await verifiedTenant()
    const b = await verifiedTenant()
    const key = await createKey(a)
    const res = await call(`/api/v1/api-keys/${key.id}`, { method: 'DELETE', token: b.token })
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
    expect((await call('/api/v1/leads', { token: key.key })).status).toBe(200)
    expect((await b.get('/api/v1/api-keys')).body.data).toEqual([])
  })
})
