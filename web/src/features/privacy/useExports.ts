import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type DataExport, type ExportScope, listExports, requestExport } from './privacy-api.ts'

const POLL_MS = 2_000

const inProgress = (e: DataExport) => e.status === 'queued' || e.status === 'running'

/**
 * The member's exports. While any is queued or running the list is fetched again every two
 * seconds, so the progress bars move; polling stops once all are ready or failed.
 */
export function useExports(onUnauthorized: () => void) {
  const [exports, setExports] = useState<DataExport[] | null>(null)
  const [loadError, setLoadError] = useState('')

  const fail = useCallback(
    (error: unknown, set: (message: string) => void) => {
      if (isUnauthorized(error)) onUnauthorized()
      else set(messageOf(error))
    },
    [onUnauthorized],
  )

  const load = useCallback(
    (signal?: AbortSignal) =>
      listExports(signal).then(
        (list) => {
          setExports(list.data)
          setLoadError('')
        },
        (error: unknown) => {
          if (!signal?.aborted) fail(error, setLoadError)
        },
      ),
    [fail],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const polling = exports?.some(inProgress) ?? false
  useEffect(() => {
    if (!polling) return
    const controller = new AbortController()
    const timer = setInterval(() => load(controller.signal), POLL_MS)
    return () => {
      clearInterval(timer)
      controller.abort()
    }
  }, [polling, load])

  /** Requests an export; resolves to an error message, or '' when it was queued. */
  const request = useCallback(
    async (scope: ExportScope): Promise<string> => {
      try {
        const created = await requestExport(scope)
        setExports((prev) => [created, ...(prev ?? []).filter((e) => e.id !== created.id)])
        return ''
      } catch (error) {
        if (isUnauthorized(error)) onUnauthorized()
        return isUnauthorized(error) ? '' : messageOf(error)
      }
    },
    [onUnauthorized],
  )

  return { exports, loadError, polling, reload: () => load(), request }
}
