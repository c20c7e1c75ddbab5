// Shared setup for the scheduled-report tests (reports-api, reports-cron): the API path,
// fresh recipient addresses, problem+json checks, the daily cron job run at a fixed clock,
// rollup rows seeded straight into D1, and reads of a report's schedule and audit trail.
import { createExecutionContext, env } from 'cloudflare:test'
import { expect } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { sendDueReports } from '../../../worker/modules/analytics/reports/send-due-reports.ts'
import { inbox } from '../../helpers/mail.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export { expectProblem } from '../../helpers/problem.ts'

export const REPORTS = '/api/v1/analytics/reports'

export const address = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`

/** The daily cron's report job with the clock at `at`, as the 03:17 UTC run would see it. */
export function runAt(at: string) {
  const { ctx } = createCtx(
    env as never,
    createExecutionContext(),
    createLogger(),
    `req_${crypto.randomUUID()}`,
  )
  return sendDueReports({ ...ctx, now: () => new Date(at) })
}

export interface Fact {
  day: string
  scopes: string[]
  visitors?: number
  views?: number
  actions?: number
  scans?: number
  leads?: number
  source?: string
}

/** Rollup rows as the pipeline writes them: the `total` row and the source row, in each scope. */
export async function seedDaily(tenantId: string, facts: Fact[]) {
  const insert = (f: Fact, scope: string, dimension: string, value: string) =>
    env.DB.prepare(
      `insert into analytics_daily (scope, tenant_id, day, dimension, value, visitors, views, actions, scans, leads, excluded)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    ).bind(
      scope,
      tenantId,
      f.day,
      dimension,
      value,
      dimension === 'total' ? (f.visitors ?? 0) : 0,
      f.views ?? 0,
      f.actions ?? 0,
      f.scans ?? 0,
      f.leads ?? 0,
    )
  await env.DB.batch(
    facts.flatMap((f) =>
      f.scopes.flatMap((scope) => [
        insert(f, scope, 'total', ''),
        ...(f.source ? [insert(f, scope, 'source', f.source)] : []),
      ]),
    ),
  )
}

export const reportRow = (id: string) =>
  env.DB.prepare('select last_period, last_sent_at from analytics_reports where id = ?')
    .bind(id)
    .first<{ last_period: string | null; last_sent_at: number | null }>()

export const auditActions = async (tenantId: string, reportId: string) =>
  (
    await env.DB.prepare(
      'select action from audit_events where tenant_id = ? and target_id = ? order by created_at, id',
    )
      .bind(tenantId, reportId)
      .all<{ action: string }>()
  ).results.map((r) => r.action)

export const withSubject = async (to: string, subject: RegExp) =>
  (await inbox(to)).filter((m) => subject.test(m.subject))

export async function createReport(t: TestTenant, body: Record<string, unknown>) {
  const res = await t.post(REPORTS, body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string }
}
