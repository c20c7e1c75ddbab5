import { useLoad } from '../../../app/useLoad.ts'
import { type AnalyticsScope, getQrAnalytics, type QrAnalytics } from './analytics-api.ts'
import type { DateRange } from './date-range.ts'

export interface AnalyticsState {
  /** The last report that arrived; kept on screen while the next one loads. */
  data: QrAnalytics | null
  loading: boolean
  error: string
  retry: () => void
}

/** The report for a scope and period, fetched again (the older request aborted) when either changes. */
export function useAnalytics(
  scope: AnalyticsScope | null,
  range: DateRange,
  onUnauthorized: () => void,
): AnalyticsState {
  const report = useLoad(
    JSON.stringify([scope, range.from, range.to]),
    // Only called while enabled, that is once the scope is known.
    (signal) => getQrAnalytics(scope as AnalyticsScope, range, signal),
    onUnauthorized,
    scope !== null,
  )
  // Until the scope is known the report is still on its way, not missing.
  return scope ? report : { ...report, loading: true }
}
