// Tenant A's analytics rows for the isolation suite: a funnel, a scheduled report and a day of
// rollups, written directly to D1, beside what the pipeline made of A's lead.
import { env } from 'cloudflare:test'
import { newId } from '../../../worker/lib/ids.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

/**
 * A's lead reaches analytics through the events queue, in the background; the suite's
 * before-and-after snapshot of A's rows must not catch it half-way.
 */
async function leadCounted(a: TestTenant, leadId: string) {
  const count = async () =>
    (await env.DB.prepare('select count(*) as n from analytics_touches where tenant_id = ? and lead_id = ?')
      .bind(a.tenantId, leadId)
      .first<{ n: number }>())!.n
  const until = Date.now() + 20_000
  while ((await count()) === 0) {
    if (Date.now() > until) throw new Error('tenant A’s lead never reached analytics')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function seedAnalytics(a: TestTenant, leadId: string) {
  await leadCounted(a, leadId)
  const suffix = crypto.randomUUID().slice(0, 8)
  const funnelName = `Tenant A funnel ${suffix}`
  const recipient = `tenant-a-report-${suffix}@example.com`
  const funnel = newId('funnel')
  const report = newId('analyticsReport')
  const now = Date.now()
  // A day the pipeline has not written for A.
  const day = '2025-01-15'
  const steps = JSON.stringify([
    { kind: 'scan', label: 'Scan' },
    { kind: 'lead', label: 'Lead' },
  ])
  await env.DB.batch([
    env.DB.prepare(
      'insert into analytics_funnels (id, tenant_id, name, steps, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    ).bind(funnel, a.tenantId, funnelName, steps, a.userId, now, now),
    env.DB.prepare(
      "insert into analytics_reports (id, tenant_id, brand_id, branch_id, frequency, recipients, created_by, created_at) values (?, ?, ?, null, 'weekly', ?, ?, ?)",
    ).bind(report, a.tenantId, a.brandId, JSON.stringify([recipient]), a.userId, now),
    env.DB.prepare(
      "insert into analytics_daily (scope, tenant_id, day, dimension, value, visitors, views, actions, scans, leads, excluded) values (?, ?, ?, 'total', '', 7, 11, 3, 2, 1, 0)",
    ).bind(a.branchId, a.tenantId, day),
  ])
  return {
    idsByKind: { funnel: [funnel], analyticsReport: [report] },
    secrets: [funnelName, recipient],
  }
}
