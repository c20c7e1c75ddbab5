// Scheduled e-mail reports as the dashboard manages them. Recipients are free addresses (an
// accountant, a franchisee), not members; a report shows one scope's figures to whoever is on it.
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { type AuditAction, auditInsert } from '../../audit/index.ts'
import { checkRateLimit, rateLimitHeaders } from '../../notifications/index.ts'
import type { ReportInput, ScheduledReport } from '../analytics.schemas.ts'
import { resolveScope } from '../query/scope.ts'
import { queueReport } from './queue-report.ts'
import { lastCompletePeriod } from './report-period.ts'
import * as repo from './reports.repo.ts'
import { MAX_REPORTS, type ReportSent, type UpdateReportBody } from './reports.schemas.ts'

/** "Send now" e-mails outside the schedule: a few previews an hour per organisation. */
export const SEND_NOW_LIMIT = { limit: 5, windowSeconds: 3600 }

const toReport = (row: repo.ReportRowWithName): ScheduledReport => ({
  id: row.id,
  brandId: row.brandId,
  branchId: row.branchId,
  scopeName: row.branchName ?? row.brandName ?? '',
  frequency: row.frequency,
  recipients: row.recipients,
  lastPeriod: row.lastPeriod,
  lastSentAt: row.lastSentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
})

/** A branch-limited member sees and manages only their branches' reports. */
export const listReports = async (ctx: TenantCtx): Promise<ScheduledReport[]> =>
  (await repo.listReportRows(ctx, ctx.tenantId, { branchIds: ctx.actor.branchIds })).map(toReport)

async function reportOrThrow(ctx: TenantCtx, reportId: string): Promise<repo.ReportRowWithName> {
  const [row] = await repo.listReportRows(ctx, ctx.tenantId, { reportId, branchIds: ctx.actor.branchIds })
  if (!row) throw new ApiError('NOT_FOUND', `Report ${reportId} not found`)
  return row
}

/**
 * The scope's brand and branch ids as stored, after the same checks as every analytics read
 * (404 for another tenant's brand or branch, 403 for a branch outside the member's scope). A
 * brand's or the organisation's report shows every branch, so it needs a member who sees them all.
 */
async function checkedScope(ctx: TenantCtx, scope: Pick<ReportInput, 'brandId' | 'branchId'>) {
  if (!scope.branchId && ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'You can schedule reports only for the branches you look after: choose one of them',
    )
  const resolved = await resolveScope(ctx, {
    brandId: scope.brandId ?? undefined,
    branchId: scope.branchId ?? undefined,
  })
  return { brandId: resolved.brandId, branchId: resolved.level === 'branch' ? resolved.id : null }
}

/** Each address once, as typed (the first spelling wins). */
const distinct = (recipients: string[]) => {
  const seen = new Set<string>()
  return recipients.filter((address) => {
    const key = address.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export async function createReport(ctx: TenantCtx, input: ReportInput): Promise<ScheduledReport> {
  const scope = await checkedScope(ctx, input)
  if ((await repo.countReports(ctx, ctx.tenantId)) >= MAX_REPORTS)
    throw new ApiError('LIMIT_EXCEEDED', `An organisation can have at most ${MAX_REPORTS} scheduled reports`)
  const id = newId('analyticsReport')
  const recipients = distinct(input.recipients)
  await ctx.d1.batch([
    repo.insertReport(ctx, {
      id,
      tenantId: ctx.tenantId,
      ...scope,
      frequency: input.frequency,
      recipients,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: ctx.now(),
    }),
    audit(ctx, 'analytics.report_created', id, {
      ...scope,
      frequency: input.frequency,
      recipients: recipients.length,
    }),
  ])
  return toReport(await reportOrThrow(ctx, id))
}

export async function updateReport(
  ctx: TenantCtx,
  reportId: string,
  patch: UpdateReportBody,
): Promise<ScheduledReport> {
  const row = await reportOrThrow(ctx, reportId)
  const scopeChanged = patch.brandId !== undefined || patch.branchId !== undefined
  const scope = scopeChanged
    ? await checkedScope(ctx, {
        brandId: patch.brandId === undefined ? row.brandId : patch.brandId,
        branchId: patch.branchId === undefined ? row.branchId : patch.branchId,
      })
    : {}
  const set = {
    ...scope,
    ...(patch.frequency ? { frequency: patch.frequency } : {}),
    ...(patch.recipients ? { recipients: distinct(patch.recipients) } : {}),
  }
  if (Object.keys(set).length === 0) return toReport(row)
  await ctx.d1.batch([
    repo.updateReportRow(ctx, ctx.tenantId, row.id, set),
    audit(ctx, 'analytics.report_updated', row.id, { changed: Object.keys(patch) }),
  ])
  return toReport(await reportOrThrow(ctx, row.id))
}

export async function deleteReport(ctx: TenantCtx, reportId: string): Promise<void> {
  const row = await reportOrThrow(ctx, reportId)
  await ctx.d1.batch([
    repo.deleteReportRow(ctx, ctx.tenantId, row.id),
    audit(ctx, 'analytics.report_deleted', row.id, { frequency: row.frequency }),
  ])
}

/**
 * Sends the last complete period's report to its recipients now, as a preview: the schedule is
 * untouched (the period is still sent when it falls due).
 */
export async function sendReportNow(ctx: TenantCtx, reportId: string): Promise<ReportSent> {
  const row = await reportOrThrow(ctx, reportId)
  // Fails closed: these e-mails go to outside addresses, so an unchecked press could spam them.
  const decision = await checkRateLimit(ctx.env, ctx.tenantId, {
    key: 'analytics-report-send',
    ...SEND_NOW_LIMIT,
  })
  if (!decision.allowed)
    throw new ApiError(
      'RATE_LIMITED',
      `Reports can be sent by hand ${SEND_NOW_LIMIT.limit} times an hour; try again in ${decision.retryAfter} seconds`,
      { headers: rateLimitHeaders(decision) },
    )
  const period = lastCompletePeriod(row.frequency, ctx.now())
  const recipients = await queueReport(ctx, row, period, {
    organisationName: await repo.tenantName(ctx, ctx.tenantId),
    preview: ctx.requestId,
  })
  await audit(ctx, 'analytics.report_sent', row.id, { period: period.key, recipients })
  return { period: period.key, from: period.from, to: period.to, recipients }
}

const audit = (ctx: TenantCtx, action: AuditAction, id: string, metadata: Record<string, unknown>) =>
  auditInsert(ctx, {
    action,
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'analytics_report', id },
    metadata,
  })
