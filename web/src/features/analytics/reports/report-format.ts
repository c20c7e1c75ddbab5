import type { ScheduledReport } from './reports-api.ts'

export const FREQUENCY_LABELS: Record<ScheduledReport['frequency'], string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
}

/** Whose figures a report carries, in words: a brand or branch by name, else the organisation. */
export function scopeLabel(report: Pick<ScheduledReport, 'branchId' | 'brandId' | 'scopeName'>): string {
  if (report.branchId) return report.scopeName ? `Branch: ${report.scopeName}` : 'One branch'
  if (report.brandId) return report.scopeName ? `Brand: ${report.scopeName}` : 'One brand'
  return 'Whole organisation'
}

const sentAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export const formatSentAt = (iso: string | null) => (iso ? sentAt.format(new Date(iso)) : 'Not sent yet')

/** "a@x.com, b@y.com and 1 more" for notices; the table lists every address. */
export function recipientsSummary(recipients: readonly string[]): string {
  if (recipients.length <= 2) return recipients.join(' and ')
  return `${recipients.slice(0, 2).join(', ')} and ${recipients.length - 2} more`
}
