import { useCallback, useEffect, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { getImport, type ImportDetail, inProgress } from './crm-import-api.ts'

/** Without a live connection the import is fetched this often; with one, rarely, as a safety net. */
const POLL_OFFLINE_MS = 2_000
const POLL_LIVE_MS = 15_000

/**
 * One import as it runs: `crm.import` events move its counters the moment a chunk commits;
 * polling fills in when the socket is down (and fetches the final counters and problems).
 */
export function useImportProgress(crmImportId: string, onUnauthorized: () => void) {
  const [imp, setImp] = useState<ImportDetail | null>(null)
  const [error, setError] = useState('')

  const load = useCallback(
    (signal?: AbortSignal) =>
      getImport(crmImportId, signal).then(
        (next) => {
          setImp(next)
          setError('')
        },
        (cause: unknown) => {
          if (signal?.aborted) return
          if (isUnauthorized(cause)) onUnauthorized()
          else if (cause instanceof ApiProblem && cause.status === 404) setError('There is no such import.')
          else setError(messageOf(cause))
        },
      ),
    [crmImportId, onUnauthorized],
  )

  const connection = useTenantEvents((message) => {
    if (message.type !== 'crm.import' || message.importId !== crmImportId) return
    setImp(
      (prev) =>
        prev && {
          ...prev,
          status: message.status as ImportDetail['status'],
          processedRows: message.processedRows,
        },
    )
    // The last event: the summary and problems come with the import itself.
    if (!inProgress({ status: message.status as ImportDetail['status'] })) void load()
  })

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  const running = imp ? inProgress(imp) : false
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => void load(), connection === 'live' ? POLL_LIVE_MS : POLL_OFFLINE_MS)
    return () => clearInterval(timer)
  }, [running, connection, load])

  return { imp, error, reload: load }
}
