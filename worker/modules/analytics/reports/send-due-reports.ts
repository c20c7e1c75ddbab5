import type { Ctx } from '../../../context.ts'
import { queueReport } from './queue-report.ts'
import { lastCompletePeriod } from './report-period.ts'
import { listDueReports, updateReportRow } from './reports.repo.ts'

/** Reports handled per run; more (never seen so far) would be sent by the next day's run. */
const PER_RUN = 1000

export interface SentReport {
  reportId: string
  tenantId: string
  period: string
  recipients: number
}

/**
 * Daily cron: every report whose last complete period (the ISO week before, or the month before)
 * was not sent yet is computed and its e-mails queued; only then is the period recorded. So a
 * report goes out on Monday (weekly) or the 1st (monthly), a run that failed or was missed is
 * caught up by the next day's, and a second run finds nothing to send. A report that fails is
 * logged and left for the next run; the others go on.
 */
export async function sendDueReports(ctx: Ctx): Promise<SentReport[]> {
  const now = ctx.now()
  const periods = { weekly: lastCompletePeriod('weekly', now), monthly: lastCompletePeriod('monthly', now) }
  const due = await listDueReports(ctx, { weekly: periods.weekly.key, monthly: periods.monthly.key }, PER_RUN)
  const sent: SentReport[] = []
  for (const { report, tenantName } of due) {
    const period = periods[report.frequency]
    try {
      const recipients = await queueReport(ctx, report, period, { organisationName: tenantName })
      await updateReportRow(ctx, report.tenantId, report.id, { lastPeriod: period.key, lastSentAt: now })
      sent.push({ reportId: report.id, tenantId: report.tenantId, period: period.key, recipients })
    } catch (error) {
      ctx.log.error('analytics report not sent; the next run tries again', {
        reportId: report.id,
        tenantId: report.tenantId,
        period: period.key,
        error,
      })
    }
  }
  if (due.length === PER_RUN)
    ctx.log.warn('more analytics reports due than one run sends', { perRun: PER_RUN })
  return sent
}
