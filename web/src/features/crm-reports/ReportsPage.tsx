import { useCallback, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { navigate } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { ActivityPanel } from './panels/ActivityPanel.tsx'
import { ForecastPanel } from './panels/ForecastPanel.tsx'
import { GrowthPanel } from './panels/GrowthPanel.tsx'
import { PipelinePanel } from './panels/PipelinePanel.tsx'
import { SalesPanel } from './panels/SalesPanel.tsx'
import { WinLossPanel } from './panels/WinLossPanel.tsx'
import { ReportDownloads } from './ReportDownloads.tsx'
import { type FilterValues, PeriodFilter, ScopeFilters } from './ReportFilters.tsx'
import { ReportTabs, TABS } from './ReportTabs.tsx'
import { formatLongDay } from './report-format.ts'
import { type ReportRange, rangeFromQuery, utcDay } from './report-range.ts'
import {
  getReportChoices,
  type LoadedReport,
  type ReportKind,
  type ReportParams,
  reportFileUrl,
} from './reports-api.ts'
import { useReport } from './useReport.ts'

const tabFromQuery = (search: string): ReportKind => {
  const tab = new URLSearchParams(search).get('tab')
  return TABS.find((t) => t.id === tab)?.id ?? 'sales'
}

const filtersFromQuery = (search: string): FilterValues => {
  const query = new URLSearchParams(search)
  return {
    pipelineId: query.get('pipelineId') ?? '',
    branchId: query.get('branchId') ?? '',
    ownerUserId: query.get('ownerUserId') ?? '',
  }
}

/** What "no pipeline chosen" means on each tab, or null where pipelines do not apply. */
const PIPELINE_ALL: Record<ReportKind, string | null> = {
  sales: 'All pipelines',
  pipeline: 'Default pipeline',
  forecast: 'All pipelines',
  'win-loss': 'All pipelines',
  growth: null,
  activity: null,
}

function Panel({ loaded }: { loaded: LoadedReport }) {
  switch (loaded.kind) {
    case 'sales':
      return <SalesPanel report={loaded.report} />
    case 'pipeline':
      return <PipelinePanel report={loaded.report} />
    case 'forecast':
      return <ForecastPanel report={loaded.report} />
    case 'win-loss':
      return <WinLossPanel report={loaded.report} />
    case 'growth':
      return <GrowthPanel report={loaded.report} />
    case 'activity':
      return <ActivityPanel report={loaded.report} />
  }
}

/** /app/reports: sales, pipeline, forecast, win/loss, contact growth and activity, with downloads. */
export function ReportsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [today] = useState(() => utcDay(new Date()))
  const [tab, setTab] = useState(() => tabFromQuery(location.search))
  const [range, setRange] = useState<ReportRange>(() => rangeFromQuery(location.search, today))
  const [filters, setFilters] = useState(() => filtersFromQuery(location.search))
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const choices = useResource(getReportChoices, expired)
  const params: ReportParams = { from: range.from, to: range.to, ...filters }
  const { loaded, loading, error, retry } = useReport(tab, params, expired)
  const label = TABS.find((t) => t.id === tab)?.label ?? ''

  function show(next: { tab?: ReportKind; range?: ReportRange; filters?: FilterValues }) {
    const nextTab = next.tab ?? tab
    const nextRange = next.range ?? range
    const nextFilters = next.filters ?? filters
    setTab(nextTab)
    setRange(nextRange)
    setFilters(nextFilters)
    // The address holds the view, so a reload or a shared link shows the same report.
    const query = new URLSearchParams({ tab: nextTab, from: nextRange.from, to: nextRange.to })
    for (const [key, value] of Object.entries(nextFilters)) if (value) query.set(key, value)
    navigate(`${location.pathname}?${query}`, { replace: true })
  }

  const status = loading
    ? 'Loading the report…'
    : loaded
      ? tab === 'forecast'
        ? `Showing the forecast as of ${formatLongDay(today)}.`
        : `Showing ${label.toLowerCase()} from ${formatLongDay(range.from)} to ${formatLongDay(range.to)}.`
      : ''
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Reports</h1>
      </div>
      <p className="muted">
        How deals, contacts and follow-ups are going: won business and win rates, how deals move through the
        pipeline, what is expected to close, and who did what.
      </p>
      {choices.error && (
        <LoadError onRetry={choices.reload}>Could not load the filter choices. {choices.error}</LoadError>
      )}
      <div className="report-filters">
        {tab === 'forecast' ? (
          <p className="muted report-filters__note">The forecast starts today and looks six months ahead.</p>
        ) : (
          <PeriodFilter range={range} today={today} onChange={(next) => show({ range: next })} />
        )}
        <ScopeFilters
          choices={choices.data}
          values={filters}
          pipelineAll={PIPELINE_ALL[tab]}
          onChange={(next) => show({ filters: next })}
        />
      </div>
      <ReportTabs active={tab} onActivate={(kind) => show({ tab: kind })}>
        <div className="report-panel__bar">
          <p role="status" className="muted report-panel__status">
            {status}
          </p>
          <ReportDownloads
            key={tab}
            reportName={label.toLowerCase()}
            csvUrl={reportFileUrl(tab, params, 'csv')}
            xlsxUrl={reportFileUrl(tab, params, 'xlsx')}
            onSessionExpired={expired}
          />
        </div>
        {error && <LoadError onRetry={retry}>Could not load the report. {error}</LoadError>}
        {loaded && (
          <div
            aria-busy={loading || undefined}
            className={loading ? 'report-body report--stale' : 'report-body'}
          >
            <Panel loaded={loaded} />
          </div>
        )}
      </ReportTabs>
    </>
  )
}
