import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { getReport, type LoadedReport, type ReportKind, type ReportParams } from './reports-api.ts'

export interface ReportState {
  /** The last report that arrived for this tab; kept on screen while the next one loads. */
  loaded: LoadedReport | null
  loading: boolean
  error: string
  retry: () => void
}

/** A tab's report, fetched again (the older request aborted) when the tab or a filter changes. */
export function useReport(kind: ReportKind, params: ReportParams, onUnauthorized: () => void): ReportState {
  const [loaded, setLoaded] = useState<LoadedReport | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState('')
  const [attempt, setAttempt] = useState(0)
  const { from, to, pipelineId, branchId, ownerUserId } = params

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for the same report again
  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    setError('')
    getReport(kind, { from, to, pipelineId, branchId, ownerUserId }, controller.signal).then(
      (report) => {
        setLoaded(report)
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
  }, [kind, from, to, pipelineId, branchId, ownerUserId, attempt, onUnauthorized])

  // Another tab's report has another shape: it is not shown while this tab's loads.
  return {
    loaded: loaded?.kind === kind ? loaded : null,
    loading,
    error,
    retry: () => setAttempt((n) => n + 1),
  }
}
