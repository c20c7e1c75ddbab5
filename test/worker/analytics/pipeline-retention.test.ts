import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import {
  countOf,
  deliver,
  insertCode,
  leadOf,
  rowsOf,
  scanOf,
  totalOf,
  viewOf,
  visitor,
} from './pipeline-helpers.ts'

const DAY_MS = 86_400_000
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10)

async function runDailyCron() {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
  await waitOnExecutionContext(ctx)
}

const daysStored = async (tenantId: string) =>
  (
    await rowsOf<{ day: string }>(
      'select distinct day from analytics_events where tenant_id = ? order by day',
      tenantId,
    )
  ).map((row) => row.day)

describe('the daily purge', () => {
  it("deletes raw events past each tenant's retention and old visitor hashes, and keeps rollups, leads and touches", async () => {
    const now = Date.now()
    const standard = await createTestTenant()
    const brief = await createTestTenant()
    const res = await call('/api/v1/analytics/settings', {
      method: 'PUT',
      token: brief.token,
      body: JSON.stringify({ retentionDays: 7 }),
    })
    expect(res.status).toBe(200)

    const code = await insertCode(standard)
    const oldLead = newId('lead')
    const old = now - 100 * DAY_MS
    await deliver('events', [
      scanOf(code, { at: old, visitor: visitor('V') }),
      leadOf(standard, oldLead, { at: old + 60_000, visitor: visitor('V') }),
      viewOf(standard, { at: now - 89 * DAY_MS }),
      viewOf(standard, { at: now - DAY_MS }),
      viewOf(brief, { at: now - 10 * DAY_MS }),
      viewOf(brief, { at: now - 6 * DAY_MS }),
    ])
    expect(await daysStored(standard.tenantId)).toHaveLength(3)

    await runDailyCron()

    expect(await daysStored(standard.tenantId)).toEqual([dayOf(now - 89 * DAY_MS), dayOf(now - DAY_MS)])
    expect(await daysStored(brief.tenantId)).toEqual([dayOf(now - 6 * DAY_MS)])
    // The figures of purged days stay, and so does the lead with its touch path.
    expect(await totalOf(standard.tenantId, dayOf(old))).toEqual({ visitors: 1, scans: 1, leads: 1 })
    expect(await totalOf(brief.tenantId, dayOf(now - 10 * DAY_MS))).toEqual({ visitors: 1, views: 1 })
    expect(await countOf('analytics_leads', 'lead_id', oldLead)).toBe(1)
    expect(await countOf('analytics_touches', 'lead_id', oldLead)).toBe(1)
    // Only today's and yesterday's visitor hashes are kept.
    const hashes = await rowsOf<{ day: string }>(
      'select distinct day from analytics_visitors where tenant_id in (?, ?) order by day',
      standard.tenantId,
      brief.tenantId,
    )
    expect(hashes.map((row) => row.day)).toEqual([dayOf(now - DAY_MS)])
  })
})

const ANALYTICS_TABLES = [
  'analytics_events',
  'analytics_daily',
  'analytics_hourly',
  'analytics_visitors',
  'analytics_leads',
  'analytics_touches',
  'analytics_funnels',
  'analytics_reports',
  'analytics_settings',
]

describe('deleting an organisation', () => {
  it('purges its analytics from every table, and leaves other tenants alone', async () => {
    const t = await createTestTenant()
    const bystander = await createTestTenant()
    for (const tenant of [t, bystander]) {
      await deliver('events', [
        viewOf(tenant, { at: Date.now(), utm: { source: 'ads' } }),
        leadOf(tenant, newId('lead'), { at: Date.now() + 1000 }),
      ])
      await env.DB.batch([
        env.DB.prepare(
          "insert into analytics_funnels (id, tenant_id, name, steps, updated_at) values (?, ?, 'Scan to lead', '[]', ?)",
        ).bind(newId('funnel'), tenant.tenantId, Date.now()),
        env.DB.prepare(
          "insert into analytics_reports (id, tenant_id, frequency, recipients) values (?, ?, 'weekly', '[]')",
        ).bind(newId('analyticsReport'), tenant.tenantId),
        env.DB.prepare(
          'insert into analytics_settings (tenant_id, retention_days, updated_at) values (?, 30, ?)',
        ).bind(tenant.tenantId, Date.now()),
      ])
    }
    for (const table of ANALYTICS_TABLES)
      expect(await countOf(table, 'tenant_id', t.tenantId), table).toBeGreaterThan(0)

    await env.DB.prepare(
      "update tenants set status = 'deleted', deleted_at = ?, purge_after = 1000 where id = ?",
    )
      .bind(Date.now(), t.tenantId)
      .run()
    for (let run = 0; run < 5; run++) {
      await runDailyCron()
      const row = await env.DB.prepare('select purge_after from tenants where id = ?')
        .bind(t.tenantId)
        .first()
      if (row?.purge_after === null) break
    }

    for (const table of ANALYTICS_TABLES) {
      expect(await countOf(table, 'tenant_id', t.tenantId), table).toBe(0)
      expect(await countOf(table, 'tenant_id', bystander.tenantId), table).toBeGreaterThan(0)
    }
    // Events still queued for the purged organisation are dropped, not counted again.
    const late = await deliver('events', [viewOf(t)])
    expect(late.explicitAcks).toHaveLength(1)
    expect(await countOf('analytics_daily', 'tenant_id', t.tenantId)).toBe(0)
  })
})
