// Computes one report and puts one e-mail per recipient on the `email` queue.
import { type Ctx, forTenant, type TenantCtx } from '../../../context.ts'
import { sha256Hex } from '../../../lib/crypto.ts'
import { type EmailMessage, enqueueOutbound } from '../../email/index.ts'
import { resolveScope } from '../query/scope.ts'
import { reportContent } from './report-content.ts'
import type { ReportPeriod } from './report-period.ts'
import type { ReportRow } from './reports.repo.ts'

/**
 * Who a report reads as: the organisation itself, every branch, analytics reads only. Only
 * members who see every branch may set up a brand's or the organisation's report, and a
 * branch-limited manager only their branches' reports, so this shows no one more than the
 * member who chose the recipients could see.
 */
export const reportReader = (ctx: Ctx, tenantId: string): TenantCtx =>
  forTenant(ctx, {
    kind: 'api_key',
    apiKeyId: 'system:analytics-reports',
    tenantId,
    scopes: ['analytics:read'],
    branchIds: null,
  })

export interface QueueReportOptions {
  organisationName: string
  /**
   * Added to the e-mails' idempotency keys: none for the scheduled send (a retried run is
   * dropped by the provider as a repeat), a request id for "send now" (each press sends).
   */
  preview?: string
}

/** Queues the report's e-mails in one send (all or none); returns how many. */
export async function queueReport(
  ctx: Ctx,
  report: ReportRow,
  period: ReportPeriod,
  options: QueueReportOptions,
): Promise<number> {
  const reader = reportReader(ctx, report.tenantId)
  const scope = await resolveScope(
    reader,
    report.branchId ? { branchId: report.branchId } : report.brandId ? { brandId: report.brandId } : {},
  )
  const data = await reportContent(reader, report, scope, period, options.organisationName)
  const prefix = `analytics-report:${report.id}:${period.key}${options.preview ? `:preview:${options.preview}` : ''}`
  const messages: EmailMessage[] = await Promise.all(
    report.recipients.map(async (to) => ({
      template: 'analytics_report' as const,
      to,
      // Addresses can be long; the key's limit is 200 characters.
      idempotencyKey: `${prefix}:${(await sha256Hex(to.toLowerCase())).slice(0, 24)}`,
      data,
    })),
  )
  await enqueueOutbound(ctx, messages)
  return messages.length
}
