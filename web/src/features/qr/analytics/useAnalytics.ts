import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { type AnalyticsScope, getQrAnalytics, type QrAnalytics } from './analytics-api.ts'
import type { DateRange } from './date-range.ts'

export interface AnalyticsState {
  /** The last report that arrived; kept on screen while the next one loads. */
  data: QrAnalytics | null
  loading: boolean
  error: string
  retry: () => void
}

const scopeKey = (scope: AnalyticsScope) => JSON.stringify(scope)

/** The report for a scope and period, fetched again (the older request aborted) when either changes. */
export function useAnalytics(
  scope: AnalyticsScope | null,
  range: DateRange,
  onUnauthorized: () => void,
): AnalyticsState {
  const [data, setData] = useState<QrAnalytics | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState('')
  const [attempt, setAttempt] = useState(0)
  const key = scope ? scopeKey(scope) : ''

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the scope's contents
  useEffect(() => {
    if (!scope) return
    const controller = new AbortController()
    setLoading(true)
    setError('')
    getQrAnalytics(scope, range, controller.signal).then(
      (report) => {
        setData(report)
        setLoading(false)
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthorized(cause)) return onUnauthorized()
        setError(messageOf(cause))
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [key, range.from, range.to, attempt, onUnauthorized])

  return { data, loading, error, retry: () => setAttempt((n) => n + 1) }
}
