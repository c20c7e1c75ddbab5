/**
 * The refusals of the team, API key, audit, privacy and platform admin routes that their own
 * suites leave out: bad input answers 400, a missing permission 403 and an id of another
 * tenant (or none at all) 404, each as problem+json with its code.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import type { ApiScope } from '../../../worker/modules/auth/permissions.ts'
import { type ApiResponse, call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember, as, newEmail, verifiedTenant } from '../team/team-helpers.ts'

function expectProblem(res: ApiResponse, status: 400 | 403 | 404, code: string, what = '') {
  expect(res.status, what).toBe(status)
  expect(res.headers.get('content-type'), what).toContain('application/problem+json')
  expect(res.body.code, what).toBe(code)
}

/** An API key of the tenant holding only `scopes`. */
async function keyWith(t: TestTenant, scopes: ApiScope[]) {
  const key = `vk_live_${crypto.randomUUID()}`
  await env.DB.prepare(
    `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
     values (?, ?, 'k', 'vk_live_x', ?, ?, ?)`,
  )
    .bind(newId('apiKey'), t.tenantId, await hashSecret(key), JSON.stringify(scopes), t.userId)
    .run()
  return key
}

async function createAdmin() {
  const admin = await createTestTenant()
  await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?").bind(admin.userId).run()
  return admin
}

describe('team routes', () => {
  it('answer bad input with 400', async () => {
    const t = await verifiedTenant()
    const agent = await addMember(t, 'agent')
    const owner = as(t.token)
    expectProblem(
      await owner.patch(`/api/v1/members/${agent.membershipId}`, { role: 'god' }),
      400,
      'BAD_REQUEST',
    )
    expectProblem(
      await owner.post('/api/v1/invitations', { email: 'not-an-address', role: 'viewer' }),
      400,
      'BAD_REQUEST',
    )
    expectProblem(await call('/api/v1/invitations/lookup?token=short'), 400, 'BAD_REQUEST')
    expectProblem(await call('/api/v1/invitations/lookup'), 400, 'BAD_REQUEST')
  })

  it('refuse revoking an invitation without members.manage', async () => {
    const t = await verifiedTenant()
    const invited = await t.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })
    expect(invited.status).toBe(201)
    const manager = await addMember(t, 'manager')
    expectProblem(await manager.del(`/api/v1/invitations/${invited.body.id}`), 403, 'FORBIDDEN')
    expect((await t.get('/api/v1/invitations')).body.data.map((i: { id: string }) => i.id)).toEqual([
      invited.body.id,
    ])
  })

  it('refuse listing branches to a key without sites:read', async () => {
    const t = await createTestTenant()
    expectProblem(
      await call('/api/v1/branches', { token: await keyWith(t, ['leads:read']) }),
      403,
      'FORBIDDEN',
    )
  })

  it('answer 404 for an invitation or member that is not in this tenant', async () => {
    const t = await verifiedTenant()
    const other = await createTestTenant()
    expectProblem(await as(t.token).del(`/api/v1/invitations/${newId('invitation')}`), 404, 'NOT_FOUND')
    expectProblem(await as(t.token).del(`/api/v1/members/${other.membershipId}`), 404, 'NOT_FOUND')
    expect((await other.get('/api/v1/members')).body.data).toHaveLength(1)
  })
})

describe('API key routes', () => {
  it('refuse revoking a key without api_keys.manage, and the key keeps working', async () => {
    const t = await verifiedTenant()
    const created = await t.post('/api/v1/api-keys', { name: 'Integration', scopes: ['leads:read'] })
    expect(created.status).toBe(201)
    const manager = await addMember(t, 'manager')
    expectProblem(await manager.del(`/api/v1/api-keys/${created.body.id}`), 403, 'FORBIDDEN')
    expect((await call('/api/v1/leads', { token: created.body.key })).status).toBe(200)
  })

  it('answer bad input with 400 and another tenant’s key with 404', async () => {
    const t = await verifiedTenant()
    expectProblem(await t.post('/api/v1/api-keys', { name: '', scopes: ['leads:read'] }), 400, 'BAD_REQUEST')
    const b = await verifiedTenant()
    const created = await b.post('/api/v1/api-keys', { name: 'B', scopes: ['leads:read'] })
    expectProblem(await as(t.token).del(`/api/v1/api-keys/${created.body.id}`), 404, 'NOT_FOUND')
  })
})

describe('audit routes', () => {
  it('refuse an unreadable filter on the CSV export as on the list', async () => {
    const t = await createTestTenant()
    expectProblem(await t.get('/api/v1/audit-events/export.csv?action=DROP%20TABLE'), 400, 'BAD_REQUEST')
    expectProblem(await t.get('/api/v1/audit-events/export.csv?from=yesterday'), 400, 'BAD_REQUEST')
  })

  it('refuse a key without audit:read on the CSV export', async () => {
    const t = await createTestTenant()
    const key = await keyWith(t, ['leads:read'])
    expectProblem(await call('/api/v1/audit-events/export.csv', { token: key }), 403, 'FORBIDDEN')
  })
})

describe('privacy routes', () => {
  it('refuse listing exports to an API key', async () => {
    const t = await createTestTenant()
    const key = await keyWith(t, ['leads:read', 'audit:read'])
    expectProblem(await call('/api/v1/privacy/exports', { token: key }), 403, 'FORBIDDEN')
  })

  it('answer a malformed download link with 400', async () => {
    const id = newId('dataExport')
    expectProblem(
      await call(`/api/v1/privacy/exports/${id}/download?expires=soon&signature=${'a'.repeat(64)}`),
      400,
      'BAD_REQUEST',
    )
    expectProblem(await call(`/api/v1/privacy/exports/${id}/download`), 400, 'BAD_REQUEST')
  })

  it('answer a deletion without confirmation with 400, and keep the organisation', async () => {
    const t = await createTestTenant()
    expectProblem(
      await call('/api/v1/tenant', { method: 'DELETE', token: t.token, body: JSON.stringify({}) }),
      400,
      'BAD_REQUEST',
    )
    expect((await t.get('/api/v1/leads')).status).toBe(200)
  })
})

describe('platform admin routes', () => {
  it('refuse every operation to an owner who is not platform staff', async () => {
    const owner = await createTestTenant()
    const target = await createTestTenant()
    for (const [action, body] of [
      ['reactivate', {}],
      ['restore', {}],
      ['impersonate', { reason: 'Ticket #1', tokenDelivery: 'body' }],
    ] as const) {
      const res = await owner.post(`/api/v1/admin/tenants/${target.tenantId}/${action}`, body)
      expectProblem(res, 403, 'FORBIDDEN', action)
    }
  })

  it('answer an unknown organisation with 404', async () => {
    const admin = await createAdmin()
    const missing = newId('tenant')
    for (const [action, body] of [
      ['reactivate', {}],
      ['restore', {}],
      ['impersonate', { reason: 'Ticket #1', tokenDelivery: 'body' }],
    ] as const) {
      const res = await admin.post(`/api/v1/admin/tenants/${missing}/${action}`, body)
      expectProblem(res, 404, 'NOT_FOUND', action)
    }
  })

  it('answer an unreadable listing query with 400', async () => {
    const admin = await createAdmin()
    for (const query of ['limit=0', 'limit=1000', 'status=vanished']) {
      expectProblem(await admin.get(`/api/v1/admin/tenants?${query}`), 400, 'BAD_REQUEST', query)
    }
  })
})
