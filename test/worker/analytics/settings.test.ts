import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'

const PATH = '/api/v1/analytics/settings'

const put = (token: string, body: unknown) => call(PATH, { method: 'PUT', token, body: JSON.stringify(body) })

describe('analytics settings', () => {
  it('answers the 90-day default until changed, to every role that reads analytics', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    const res = await t.get(PATH)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ retentionDays: 90 })
  })

  it('sets the retention for the organisation and audits the change', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const res = await put(t.token, { retentionDays: 30 })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ retentionDays: 30 })
    expect((await put(t.token, { retentionDays: 400 })).body).toEqual({ retentionDays: 400 })
    expect((await t.get(PATH)).body).toEqual({ retentionDays: 400 })
    expect((await other.get(PATH)).body).toEqual({ retentionDays: 90 })
    const { results } = await env.DB.prepare(
      "select actor_id, target_id, metadata from audit_events where tenant_id = ? and action = 'analytics.settings_changed' order by id",
    )
      .bind(t.tenantId)
      .all<{ actor_id: string; target_id: string; metadata: string }>()
    expect(results.map((row) => ({ ...row, metadata: JSON.parse(row.metadata) }))).toEqual([
      {
        actor_id: t.userId,
        target_id: t.tenantId,
        metadata: { retentionDays: 30, previousRetentionDays: 90 },
      },
      {
        actor_id: t.userId,
        target_id: t.tenantId,
        metadata: { retentionDays: 400, previousRetentionDays: 30 },
      },
    ])
  })

  it('takes an API key with analytics:write', async () => {
    const t = await createTestTenant()
    const key = await apiKeyFor(t, ['analytics:write'])
    expect((await put(key, { retentionDays: 7 })).body).toEqual({ retentionDays: 7 })
    const readOnly = await apiKeyFor(t, ['analytics:read'])
    expect((await put(readOnly, { retentionDays: 8 })).status).toBe(403)
    expect((await call(PATH, { token: readOnly })).body).toEqual({ retentionDays: 7 })
  })

  it.each([[6], [731], [30.5], ['90'], [null]])(
    'refuses retentionDays %j, naming the field',
    async (retentionDays) => {
      const t = await createTestTenant()
      const res = await put(t.token, { retentionDays })
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'retentionDays' })])
      expect((await t.get(PATH)).body).toEqual({ retentionDays: 90 })
    },
  )

  it('refuses a body without retentionDays', async () => {
    const t = await createTestTenant()
    const res = await put(t.token, {})
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'retentionDays' })])
  })

  it('is not for agents, nor for managers limited to some branches', async () => {
    const agent = await createTestTenant({ role: 'agent' })
    const res = await put(agent.token, { retentionDays: 30 })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
    const scoped = await createTestTenant({ role: 'manager', branchScoped: true })
    expect((await put(scoped.token, { retentionDays: 30 })).status).toBe(403)
    expect((await scoped.get(PATH)).body).toEqual({ retentionDays: 90 })
    const manager = await createTestTenant({ role: 'manager' })
    expect((await put(manager.token, { retentionDays: 30 })).status).toBe(200)
  })

  it('needs a session or key', async () => {
    expect((await call(PATH)).status).toBe(401)
    expect((await call(PATH, { method: 'PUT', body: JSON.stringify({ retentionDays: 30 }) })).status).toBe(
      401,
    )
  })
})
