import type {
  ActivityReport,
  ForecastReport,
  GrowthReport,
  PipelineReport,
  ReportChoices,
  SalesReport,
  WinLossReport,
} from '../../../../worker/modules/crm/reports/reports.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type {
  ActivityReport,
  ForecastReport,
  GrowthReport,
  PipelineReport,
  ReportChoices,
  SalesReport,
  WinLossReport,
}

/** The tabs of the reports screen, each one endpoint. */
export interface Reports {
  sales: SalesReport
  pipeline: PipelineReport
  forecast: ForecastReport
  'win-loss': WinLossReport
  growth: GrowthReport
  activity: ActivityReport
}
export type ReportKind = keyof Reports
/** A report with the tab it belongs to, so a switch on `kind` knows its shape. */
export type LoadedReport = { [K in ReportKind]: { kind: K; report: Reports[K] } }[ReportKind]

/** What every report is narrowed by; empty strings mean "all". */
export interface ReportParams {
  from: string
  to: string
  pipelineId: string
  branchId: string
  ownerUserId: string
}

// Which filters each endpoint takes: contacts and activities have no pipeline, the forecast no range.
const TAKES: Record<ReportKind, readonly (keyof ReportParams)[]> = {
  sales: ['from', 'to', 'pipelineId', 'branchId', 'ownerUserId'],
  pipeline: ['from', 'to', 'pipelineId', 'branchId', 'ownerUserId'],
  'win-loss': ['from', 'to', 'pipelineId', 'branchId', 'ownerUserId'],
  forecast: ['pipelineId', 'branchId', 'ownerUserId'],
  growth: ['from', 'to', 'branchId', 'ownerUserId'],
  activity: ['from', 'to', 'branchId', 'ownerUserId'],
}

function reportQuery(kind: ReportKind, params: ReportParams, extra: Record<string, string> = {}) {
  const query = new URLSearchParams()
  for (const key of TAKES[kind]) if (params[key]) query.set(key, params[key])
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  return query.toString()
}

export async function getReport(
  kind: ReportKind,
  params: ReportParams,
  signal?: AbortSignal,
): Promise<LoadedReport> {
  const report = await apiRequest<Reports[typeof kind]>(
    `/api/v1/crm/reports/${kind}?${reportQuery(kind, params)}`,
    {
      signal,
    },
  )
  // The endpoint is chosen by `kind`, so its answer is that kind's report.
  return { kind, report } as LoadedReport
}

/** The same report as a file: its main table as CSV, or every table as an Excel workbook. */
export const reportFileUrl = (kind: ReportKind, params: ReportParams, format: 'csv' | 'xlsx') =>
  `/api/v1/crm/reports/${kind}?${reportQuery(kind, params, { format })}`

export const getReportChoices = (signal?: AbortSignal) =>
  apiRequest<ReportChoices>('/api/v1/crm/reports/choices', { signal })
