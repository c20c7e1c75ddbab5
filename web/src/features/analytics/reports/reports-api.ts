import type {
  AnalyticsSettings,
  ReportInput,
  ScheduledReport,
} from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import type { ReportSent } from '../../../../../worker/modules/analytics/reports/reports.schemas.ts'
import { apiRequest } from '../../../api/client.ts'

// The scope pickers' brands and branches, as the QR analytics pickers load them.
export { type Choice, listBrandChoices } from '../../qr/analytics/analytics-api.ts'

export type { AnalyticsSettings, ReportInput, ReportSent, ScheduledReport }

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
