// What a report e-mail shows: the overview's totals against the period before, the top three
// sources, and the top three branches of a brand or organisation, read from the rollups.
import type { TenantCtx } from '../../../context.ts'
import type { AnalyticsReportData } from '../../email/index.ts'
import type { CountRow, Overview, Totals } from '../analytics.schemas.ts'
import { getOverview } from '../query/overview.service.ts'
import { type AnalyticsRange, analyticsRange } from '../query/range.ts'
import type { AnalyticsScope } from '../query/scope.ts'
import type { ReportPeriod } from './report-period.ts'
import type { ReportRow } from './reports.repo.ts'
import { topBranchRows } from './reports.repo.ts'

const TOP = 3

const days = (from: string, to: string, now: Date) =>
  analyticsRange({ from, to, compare: 'none' }, now).current

/** The period and the one it is compared with (a calendar month may be shorter or longer). */
export const reportRange = (period: ReportPeriod, now: Date): AnalyticsRange => ({
  current: days(period.from, period.to, now),
  previous: days(period.previous.from, period.previous.to, now),
})

function figures(totals: Totals, previous: Totals | null): AnalyticsReportData['figures'] {
  const pair = (key: keyof Totals) => ({ current: totals[key], previous: previous ? previous[key] : null })
  return {
    visitors: pair('visitors'),
    views: pair('views'),
    actions: pair('actions'),
    scans: pair('scans'),
    leads: pair('leads'),
    conversionRate: pair('conversionRate'),
  }
}

const sourceName = (value: string) => value || 'Direct'

const topSources = (overview: Overview) =>
  overview.top.sources.slice(0, TOP).map((row: CountRow) => ({
    name: sourceName(row.value).slice(0, 200),
    views: row.views,
    scans: row.scans,
    leads: row.leads,
  }))

async function topBranches(ctx: TenantCtx, scope: AnalyticsScope, period: ReportPeriod) {
  if (scope.level === 'branch') return null
  const rows = await topBranchRows(ctx, ctx.tenantId, scope.brandId, period, TOP)
  return rows.map((row) => ({
    // Across brands a branch name alone can be ambiguous ("Downtown").
    name: (scope.level === 'tenant' ? `${row.name} (${row.brandName})` : row.name).slice(0, 200),
    views: Number(row.views),
    scans: Number(row.scans),
    leads: Number(row.leads),
  }))
}

/** The dashboard's analytics page with the report's scope and period. */
function dashboardUrl(ctx: TenantCtx, report: ReportRow, period: ReportPeriod): string {
  const url = new URL('/app/analytics', ctx.config.PUBLIC_ORIGIN)
  if (report.brandId) url.searchParams.set('brandId', report.brandId)
  if (report.branchId) url.searchParams.set('branchId', report.branchId)
  url.searchParams.set('from', period.from)
  url.searchParams.set('to', period.to)
  return url.toString()
}

/** `ctx` reads for the whole organisation (see reportReader); `scope` is the report's. */
export async function reportContent(
  ctx: TenantCtx,
  report: ReportRow,
  scope: AnalyticsScope,
  period: ReportPeriod,
  organisationName: string,
): Promise<AnalyticsReportData> {
  const overview = await getOverview(ctx, scope, reportRange(period, ctx.now()))
  return {
    frequency: report.frequency,
    scopeName: (scope.level === 'tenant' ? organisationName : scope.name).slice(0, 200),
    period: { from: period.from, to: period.to },
    previousPeriod: period.previous,
    figures: figures(overview.totals, overview.previousTotals),
    topSources: topSources(overview),
    topBranches: await topBranches(ctx, scope, period),
    url: dashboardUrl(ctx, report, period),
  }
}
