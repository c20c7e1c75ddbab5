import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { memberships } from '../../../worker/modules/auth/auth.tables.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { postJson } from './account-helpers.ts'

async function memberOfTwo() {
  const home = await createTestTenant({ role: 'owner' })
  const second = await createTestTenant()
  await d1(env.DB)
    .insert(memberships)
    .values({ id: newId('membership'), tenantId: second.tenantId, userId: home.userId, role: 'viewer' })
  return { home, second }
}

describe('switch organisation', () => {
  it('moves the session to another organisation the person belongs to', async () => {
    const { home, second } = await memberOfTwo()
    const before = await home.get('/api/v1/auth/session')
    expect(before.body.tenants.map((t: { id: string }) => t.id).sort()).toEqual(
      [home.tenantId, second.tenantId].sort(),
    )
    const res = await postJson(
      '/api/v1/auth/session/tenant',
      { tenantId: second.tenantId, tokenDelivery: 'body' },
      home.token,
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ tenant: { id: second.tenantId }, role: 'viewer' })
    expect(res.body.sessionId).toBe(before.body.sessionId)
    expect(res.headers.get('set-cookie')).toMatch(/^vitrine_session=.*HttpOnly/i)
    const after = await call('/api/v1/auth/session', { token: res.body.accessToken })
    expect(after.body).toMatchObject({ tenant: { id: second.tenantId }, role: 'viewer' })
    const audit = await env.DB.prepare(
      "select tenant_id from audit_events where action = 'auth.tenant_switched' and actor_id = ?",
    )
      .bind(home.userId)
      .first<{ tenant_id: string }>()
    expect(audit?.tenant_id).toBe(second.tenantId)
  })

  it('answers 404 for an organisation the person does not belong to', async () => {
    const { home } = await memberOfTwo()
    const stranger = await createTestTenant()
    const res = await postJson('/api/v1/auth/session/tenant', { tenantId: stranger.tenantId }, home.token)
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
    expect((await home.get('/api/v1/auth/session')).body.tenant.id).toBe(home.tenantId)
  })

  it('refuses a suspended organisation', async () => {
    const { home, second } = await memberOfTwo()
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?").bind(second.tenantId).run()
    const res = await postJson('/api/v1/auth/session/tenant', { tenantId: second.tenantId }, home.token)
    expect(res.status).toBe(403)
  })
})
