import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type AuditEvent, type AuditFilterValues, listAuditEvents } from './audit-api.ts'

type Phase = 'loading' | 'ready' | 'loading-more' | 'failed'

/** Pages of the log for one set of filters; new filters start over from the newest event. */
export function useAuditEvents(filters: AuditFilterValues, onUnauthorized: () => void) {
  const [events, setEvents] = useState<AuditEvent[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('loading')
  const [error, setError] = useState('')
  const [attempt, setAttempt] = useState(0)

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
    },
    [onUnauthorized],
  )

  useEffect(() => {
    void attempt
    const controller = new AbortController()
    setPhase('loading')
    setError('')
    setEvents([])
    listAuditEvents(filters, null, controller.signal).then(
      (page) => {
        setEvents(page.data)
        setNextCursor(page.nextCursor)
        setPhase('ready')
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        fail(cause)
        setPhase('failed')
      },
    )
    return () => controller.abort()
  }, [filters, fail, attempt])

  /** Resolves to whether another page remains. */
  const loadMore = useCallback(async (): Promise<boolean> => {
    if (phase !== 'ready' || nextCursor === null) return nextCursor !== null
    setPhase('loading-more')
    setError('')
    try {
      const page = await listAuditEvents(filters, nextCursor)
      setEvents((prev) => [...prev, ...page.data])
      setNextCursor(page.nextCursor)
      return page.nextCursor !== null
    } catch (cause) {
      fail(cause)
      return true
    } finally {
      setPhase('ready')
    }
  }, [phase, nextCursor, filters, fail])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  return { events, nextCursor, phase, error, loadMore, retry }
}
