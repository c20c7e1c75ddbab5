import { type ReactNode, useCallback, useState } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { navigate } from '../../../app/router.ts'
import { AnalyticsReport } from './AnalyticsReport.tsx'
import { type AnalyticsScope, exportCsvUrl } from './analytics-api.ts'
import { formatLongDay } from './analytics-format.ts'
import { DateRangeFilter } from './DateRangeFilter.tsx'
import { type DateRange, rangeFromQuery, utcDay } from './date-range.ts'
import { useAnalytics } from './useAnalytics.ts'

/** The period of an analytics screen, read from and written back to the address (`?from=&to=`). */
export function useRangeInUrl() {
  const [today] = useState(() => utcDay(new Date()))
  const [range, setRange] = useState(() => rangeFromQuery(location.search, today))
  return { today, range, setRange }
}

/** Replaces the address's query (no new history entry), so a reload or a shared link shows the same. */
export function replaceQuery(query: Record<string, string | null | undefined>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const search = params.toString()
  navigate(`${location.pathname}${search ? `?${search}` : ''}`, { replace: true })
}

/**
 * The period filter, a status line that says what is shown (read out when it changes), and
 * the report. `pickers` (the scope choice) come first, `scopeName` is what the status names.
 */
export function AnalyticsView({
  scope,
  scopeName,
  pickers,
  today,
  range,
  onRange,
  onSessionExpired,
}: {
  scope: AnalyticsScope | null
  scopeName: string
  pickers?: ReactNode
  today: string
  range: DateRange
  onRange: (range: DateRange) => void
  onSessionExpired: () => void
}) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const { data, loading, error, retry } = useAnalytics(scope, range, expired)
  const search = `?${new URLSearchParams({ from: range.from, to: range.to })}`
  const status = loading
    ? 'Loading the numbers…'
    : data
      ? `Showing ${scopeName}, ${formatLongDay(data.from)} to ${formatLongDay(data.to)}.`
      : ''
  return (
    <>
      <div className="qr-stats-filters">
        {pickers}
        <DateRangeFilter range={range} today={today} onChange={onRange} />
      </div>
      <p role="status" className="qr-stats-status muted">
        {status}
      </p>
      {error && <LoadError onRetry={retry}>Could not load the analytics. {error}</LoadError>}
      {data && scope && (
        <div aria-busy={loading || undefined} className={loading ? 'qr-report--stale' : undefined}>
          <AnalyticsReport
            report={data}
            scope={scope}
            csvUrl={exportCsvUrl(scope, range)}
            search={search}
            onSessionExpired={onSessionExpired}
          />
        </div>
      )}
    </>
  )
}
