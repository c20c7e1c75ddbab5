import { useLoad } from '../../app/useLoad.ts'
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
  const { from, to, pipelineId, branchId, ownerUserId } = params
  const query = { from, to, pipelineId, branchId, ownerUserId }
  const { data, loading, error, retry } = useLoad(
    JSON.stringify([kind, query]),
    (signal) => getReport(kind, query, signal),
    onUnauthorized,
  )
  // Another tab's report has another shape: it is not shown while this tab's loads.
  return { loaded: data?.kind === kind ? data : null, loading, error, retry }
}
