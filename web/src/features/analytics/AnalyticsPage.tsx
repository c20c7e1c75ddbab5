import { useCallback, useEffect } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useLoad } from '../../app/useLoad.ts'
import { AnalyticsFilters } from './AnalyticsFilters.tsx'
import { AnalyticsTabs } from './AnalyticsTabs.tsx'
import { getBranchBrand, getOverview, type Overview } from './analytics-api.ts'
import { formatLongDay } from './analytics-format.ts'
import { searchOf } from './analytics-range.ts'
import { Dashboard } from './Dashboard.tsx'
import { LiveVisitors } from './LiveVisitors.tsx'
import { useDashboardState } from './useDashboardState.ts'

function statusOf(overview: Overview): string {
  const { scope, period, previousPeriod } = overview
  const who = scope.level === 'tenant' ? 'the whole organisation' : scope.name
  const when = `${formatLongDay(period.from)} to ${formatLongDay(period.to)}`
  const against = previousPeriod
    ? `, compared with ${formatLongDay(previousPeriod.from)} to ${formatLongDay(previousPeriod.to)}`
    : ''
  return `Showing ${who}, ${when}${against}.`
}

/** /app/analytics: visitors, actions, scans and leads for the organisation, a brand or a branch. */
export function AnalyticsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const { today, state, params, setState } = useDashboardState()
  const fetch = useCallback((signal: AbortSignal) => getOverview(params, signal), [params])
  const overview = useLoad(JSON.stringify(params), fetch, expired)

  // A link that names only the branch (a branch's report e-mail): its brand completes the pickers.
  // The numbers do not wait for it (a branch's are asked by branch alone); a refusal shows there.
  useEffect(() => {
    if (!state.branchId || state.brandId) return
    const controller = new AbortController()
    getBranchBrand(state.branchId, controller.signal).then(
      (branch) => setState({ ...state, brandId: branch.brandId }),
      () => {},
    )
    return () => controller.abort()
  }, [state, setState])

  const data = overview.data
  const status = overview.loading ? 'Loading the numbers…' : data ? statusOf(data) : ''
  const qrSearch = new URLSearchParams(searchOf(state))
  qrSearch.delete('compare')

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Analytics</h1>
      </div>
      <AnalyticsTabs current="overview" />
      <p className="muted">
        Visits, actions, QR scans and leads on your microsites, counted without cookies. Bots, link previews
        and your own previews are left out. Scans code by code:{' '}
        <a href={`${pathTo('qr-analytics')}?${qrSearch}`} onClick={handleLinkClick}>
          QR codes
        </a>
        .
      </p>
      <AnalyticsFilters state={state} today={today} onChange={setState} onSessionExpired={expired} />
      <div className="an-statusbar">
        <p role="status" className="an-status muted">
          {status}
        </p>
        <LiveVisitors params={params} onSessionExpired={expired} />
      </div>
      {overview.error && (
        <LoadError onRetry={overview.retry}>Could not load the analytics. {overview.error}</LoadError>
      )}
      {!data && overview.loading && <DashboardSkeleton />}
      {data && (
        <div aria-busy={overview.loading || undefined} className={overview.loading ? 'an-stale' : undefined}>
          <Dashboard overview={data} state={state} params={params} onSessionExpired={expired} />
        </div>
      )}
    </>
  )
}

/** Grey shapes where the figures and charts will be, so the page does not jump when they arrive. */
function DashboardSkeleton() {
  return (
    <div className="an-skeletons" aria-hidden="true">
      <div className="an-kpis">
        {['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (
          <div key={key} className="an-skeleton an-skeleton--kpi" />
        ))}
      </div>
      <div className="an-skeleton an-skeleton--chart" />
    </div>
  )
}
