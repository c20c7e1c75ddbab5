import type {
  AnalyticsSettings,
  ReportInput,
  ScheduledReport,
} from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import type { ReportSent } from '../../../../../worker/modules/analytics/reports/reports.schemas.ts'
import { apiRequest } from '../../../api/client.ts'

export type { AnalyticsSettings, ReportInput, ReportSent, ScheduledReport }

/** A brand or branch as the scope pickers show it. */
export interface Choice {
  id: string
  name: string
}

const enc = encodeURIComponent
const BASE = '/api/v1/analytics/reports'

export const listReports = (signal?: AbortSignal) =>
  apiRequest<{ data: ScheduledReport[] }>(BASE, { signal }).then((r) => r.data)

export const createReport = (body: ReportInput) => apiRequest<ScheduledReport>(BASE, { method: 'POST', body })

export const updateReport = (analyticsReportId: string, body: ReportInput) =>
  apiRequest<ScheduledReport>(`${BASE}/${enc(analyticsReportId)}`, { method: 'PATCH', body })

export const deleteReport = (analyticsReportId: string) =>
  apiRequest<void>(`${BASE}/${enc(analyticsReportId)}`, { method: 'DELETE' })

/** Queues the last complete period's report to every recipient now; the schedule is unchanged. */
export const sendReportNow = (analyticsReportId: string) =>
  apiRequest<ReportSent>(`${BASE}/${enc(analyticsReportId)}/send`, { method: 'POST', body: {} })

export const getAnalyticsSettings = (signal?: AbortSignal) =>
  apiRequest<AnalyticsSettings>('/api/v1/analytics/settings', { signal })

export const putAnalyticsSettings = (body: AnalyticsSettings) =>
  apiRequest<AnalyticsSettings>('/api/v1/analytics/settings', { method: 'PUT', body })

export const listBrandChoices = (signal?: AbortSignal) =>
  apiRequest<{ data: Choice[] }>('/api/v1/brands', { signal }).then((r) => r.data)

export const listBranchChoices = (brandId: string, signal?: AbortSignal) =>
  apiRequest<{ data: (Choice & { archivedAt?: string | null })[] }>(
    `/api/v1/branches?${new URLSearchParams({ brandId })}`,
    { signal },
  ).then((r) => r.data.filter((b) => !b.archivedAt))
