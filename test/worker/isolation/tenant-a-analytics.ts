// Tenant A's analytics rows for the isolation suite: a funnel, a scheduled report, a day of
// rollups and a lead with its touch, written directly to D1.
import { env } from 'cloudflare:test'
import { newId } from '../../../worker/lib/ids.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export async function seedAnalytics(a: TestTenant, leadId: string) {
  const suffix = crypto.randomUUID().slice(0, 8)
  const funnelName = `Tenant A funnel ${suffix}`
  const recipient = `tenant-a-report-${suffix}@example.com`
  const funnel = newId('funnel')
  const report = newId('analyticsReport')
  const now = Date.now()
  const day = new Date(now).toISOString().slice(0, 10)
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
    env.DB.prepare(
      'insert into analytics_leads (lead_id, tenant_id, brand_id, branch_id, at, day) values (?, ?, ?, ?, ?, ?)',
    ).bind(leadId, a.tenantId, a.brandId, a.branchId, now, day),
    env.DB.prepare(
      "insert into analytics_touches (id, lead_id, tenant_id, at, channel, source, campaign) values (?, ?, ?, ?, 'campaign', 'tenant-a-news', ?)",
    ).bind(newId('analyticsEvent'), leadId, a.tenantId, now, `tenant-a-campaign-${suffix}`),
  ])
  return {
    idsByKind: { funnel: [funnel], analyticsReport: [report] },
    secrets: [funnelName, recipient, `tenant-a-campaign-${suffix}`],
  }
}
