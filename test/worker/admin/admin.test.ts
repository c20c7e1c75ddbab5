import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { call, createTestTenant, sessionTokenFor, type TestTenant } from '../../helpers/tenant.ts'

/** A platform admin: an ordinary member of their own organisation, with platform_role set. */
async function createAdmin() {
  const admin = await createTestTenant()
  await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?").bind(admin.userId).run()
  return admin
}

const tenantName = async (t: TestTenant) =>
  (await env.DB.prepare('select name from tenants where id = ?').bind(t.tenantId).first<{ name: string }>())!
    .name

const auditOf = (tenantId: string, action: string) =>
  env.DB.prepare('select * from audit_events where tenant_id = ? and action = ? order by id desc')
    .bind(tenantId, action)
    .first<Record<string, any>>()

async function impersonate(admin: TestTenant, target: TestTenant, reason = 'Customer ticket #123') {
  return admin.post(`/api/v1/admin/tenants/${target.tenantId}/impersonate`, { reason, tokenDelivery: 'body' })
}

describe('platform admin access', () => {
  it('refuses members who are not platform staff', async () => {
    const owner = await createTestTenant()
    const res = await owner.get('/api/v1/admin/tenants')
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
    expect(
      (await owner.post(`/api/v1/admin/tenants/${owner.tenantId}/suspend`, { reason: 'nope' })).status,
    ).toBe(403)
  })

  it('refuses API keys, even of an admin’s organisation', async () => {
    const admin = await createAdmin()
    const key = `vk_live_${crypto.randomUUID()}`
    await env.DB.prepare(
      `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
       values (?, ?, 'k', 'vk_live_x', ?, '["leads:read"]', ?)`,
    )
      .bind(newId('apiKey'), admin.tenantId, await hashSecret(key), admin.userId)
      .run()
    expect((await call('/api/v1/admin/tenants', { token: key })).status).toBe(403)
  })

  it('refuses a request with no session', async () => {
    expect((await call('/api/v1/admin/tenants')).status).toBe(401)
  })
})

describe('listing organisations', () => {
  it('searches by name, filters by status, and pages', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    const name = await tenantName(target)
    const found = await admin.get(`/api/v1/admin/tenants?q=${encodeURIComponent(name)}`)
    expect(found.status).toBe(200)
    expect(found.body.data).toEqual([
      expect.objectContaining({
        id: target.tenantId,
        name,
        status: 'active',
        members: 1,
        ownerEmail: target.email,
      }),
    ])
    const byId = await admin.get(`/api/v1/admin/tenants?q=${target.tenantId}`)
    expect(byId.body.data.map((t: { id: string }) => t.id)).toEqual([target.tenantId])
    const suspended = await admin.get(`/api/v1/admin/tenants?q=${encodeURIComponent(name)}&status=suspended`)
    expect(suspended.body.data).toEqual([])

    const first = await admin.get('/api/v1/admin/tenants?limit=1')
    expect(first.body.data).toHaveLength(1)
    expect(first.body.nextCursor).toEqual(expect.any(String))
    const second = await admin.get(`/api/v1/admin/tenants?limit=1&cursor=${first.body.nextCursor}`)
    expect(second.body.data[0].id < first.body.data[0].id).toBe(true)
  })

  it('treats LIKE wildcards in the search as text', async () => {
    const admin = await createAdmin()
    const res = await admin.get('/api/v1/admin/tenants?q=%25')
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([])
  })
})

describe('suspending', () => {
  it('locks members out and takes microsites offline, until reactivated', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    expect((await call(target.pagePath)).status).toBe(200)

    const res = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/suspend`, {
      reason: 'Unpaid invoices',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'suspended', suspendedReason: 'Unpaid invoices' })
    const locked = await target.get('/api/v1/leads')
    expect(locked.status).toBe(403)
    expect(locked.body.code).toBe('FORBIDDEN')
    expect((await call(target.pagePath)).status).toBe(410)
    expect(await auditOf(target.tenantId, 'tenant.suspended')).toMatchObject({
      actor_id: admin.userId,
      metadata: JSON.stringify({ reason: 'Unpaid invoices' }),
    })
    expect(
      (await admin.post(`/api/v1/admin/tenants/${target.tenantId}/suspend`, { reason: 'again' })).status,
    ).toBe(409)

    const back = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/reactivate`, {})
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({ status: 'active', suspendedReason: null })
    expect((await target.get('/api/v1/leads')).status).toBe(200)
    expect((await call(target.pagePath)).status).toBe(200)
    expect(await auditOf(target.tenantId, 'tenant.reactivated')).toMatchObject({ actor_id: admin.userId })
  })

  it('needs a reason, and a tenant that exists', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    const noReason = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/suspend`, {})
    expect(noReason.status).toBe(400)
    const missing = await admin.post(`/api/v1/admin/tenants/${newId('tenant')}/suspend`, { reason: 'Fraud' })
    expect(missing.status).toBe(404)
  })

  it("will not suspend the admin's own organisation", async () => {
    const admin = await createAdmin()
    const res = await admin.post(`/api/v1/admin/tenants/${admin.tenantId}/suspend`, { reason: 'Oops' })
    expect(res.status).toBe(409)
  })
})

describe('restoring a deleted organisation', () => {
  it('brings it back within the grace period; old sessions stay revoked', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    const deleted = await call('/api/v1/tenant', {
      method: 'DELETE',
      token: target.token,
      body: JSON.stringify({ confirm: await tenantName(target) }),
    })
    expect(deleted.status).toBe(200)
    const listed = await admin.get(`/api/v1/admin/tenants?q=${target.tenantId}&status=deleted`)
    expect(listed.body.data[0]).toMatchObject({ status: 'deleted', purgeAfter: deleted.body.purgeAfter })

    const res = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/restore`, {})
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'active', deletedAt: null, purgeAfter: null })
    expect((await target.get('/api/v1/leads')).status).toBe(401)
    const fresh = await sessionTokenFor(target.userId, target.tenantId)
    expect((await call('/api/v1/leads', { token: fresh })).status).toBe(200)
    expect((await call(target.pagePath)).status).toBe(200)
    expect(await auditOf(target.tenantId, 'tenant.deletion_cancelled')).toMatchObject({
      actor_id: admin.userId,
    })
    expect((await admin.post(`/api/v1/admin/tenants/${target.tenantId}/restore`, {})).status).toBe(409)
  })

  it('answers 410 once the grace period is over', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    await env.DB.prepare(
      "update tenants set status = 'deleted', deleted_at = ?, purge_after = ? where id = ?",
    )
      .bind(Date.now() - 31 * 86_400_000, Date.now() - 86_400_000, target.tenantId)
      .run()
    const res = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/restore`, {})
    expect(res.status).toBe(410)
    expect(res.body.code).toBe('GONE')
  })
})

describe('impersonation', () => {
  it("opens a session as the owner, marked and audited with the admin's id", async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    const res = await impersonate(admin, target)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      user: { id: target.userId },
      tenant: { id: target.tenantId },
      role: 'owner',
      impersonatorId: admin.userId,
    })
    const token = res.body.accessToken as string
    const me = await call('/api/v1/auth/session', { token })
    expect(me.body).toMatchObject({ user: { id: target.userId }, impersonatorId: admin.userId })

    const started = await auditOf(target.tenantId, 'admin.impersonation_started')
    expect(started).toMatchObject({ actor_id: admin.userId, target_id: target.userId })
    expect(JSON.parse(started!.metadata).reason).toBe('Customer ticket #123')
    expect(await auditOf(target.tenantId, 'auth.signed_in')).toMatchObject({
      actor_id: target.userId,
      impersonator_id: admin.userId,
    })

    // An action taken while impersonating names both people.
    const action = await call('/api/v1/privacy/exports', {
      method: 'POST',
      token,
      body: JSON.stringify({ scope: 'user' }),
    })
    expect(action.status).toBe(202)
    expect(await auditOf(target.tenantId, 'data.export_requested')).toMatchObject({
      actor_id: target.userId,
      impersonator_id: admin.userId,
    })

    const session = await env.DB.prepare('select expires_at from sessions where id = ?')
      .bind(res.body.sessionId)
      .first<{ expires_at: number }>()
    expect(session!.expires_at - Date.now()).toBeLessThanOrEqual(3600_000)
  })

  it('cannot reach platform administration or delete the organisation', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    // Even when the owner is staff too, the support session carries no staff powers.
    await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?")
      .bind(target.userId)
      .run()
    const token = (await impersonate(admin, target)).body.accessToken as string
    expect((await call('/api/v1/admin/tenants', { token })).status).toBe(403)
    const remove = await call('/api/v1/tenant', {
      method: 'DELETE',
      token,
      body: JSON.stringify({ confirm: await tenantName(target) }),
    })
    expect(remove.status).toBe(403)
  })

  it('works in a suspended organisation, and leaves the owner’s lockout alone', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    await env.DB.prepare('update users set failed_sign_ins = 3 where id = ?').bind(target.userId).run()
    await admin.post(`/api/v1/admin/tenants/${target.tenantId}/suspend`, { reason: 'Investigating abuse' })
    const token = (await impersonate(admin, target)).body.accessToken as string
    expect((await call('/api/v1/leads', { token })).status).toBe(200)
    expect((await target.get('/api/v1/leads')).status).toBe(403)
    const owner = await env.DB.prepare('select failed_sign_ins from users where id = ?')
      .bind(target.userId)
      .first<{ failed_sign_ins: number }>()
    expect(owner?.failed_sign_ins).toBe(3)
  })

  it("with cookies, replaces and ends the admin's own session", async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    const res = await admin.post(`/api/v1/admin/tenants/${target.tenantId}/impersonate`, {
      reason: 'Walkthrough',
    })
    expect(res.status).toBe(201)
    expect(res.body.accessToken).toBeUndefined()
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).toMatch(/^vitrine_session=/)
    const me = await call('/api/v1/auth/session', { headers: { cookie } })
    expect(me.body).toMatchObject({ user: { id: target.userId }, impersonatorId: admin.userId })
    expect((await admin.get('/api/v1/admin/tenants')).status).toBe(401)
  })

  it('refuses a deleted organisation and needs a reason', async () => {
    const admin = await createAdmin()
    const target = await createTestTenant()
    expect((await impersonate(admin, target, '')).status).toBe(400)
    await env.DB.prepare("update tenants set status = 'deleted' where id = ?").bind(target.tenantId).run()
    expect((await impersonate(admin, target)).status).toBe(409)
  })
})
