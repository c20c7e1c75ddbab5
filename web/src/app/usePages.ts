import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../api/client.ts'
import { messageOf } from './useSession.ts'

export type PagesPhase = 'loading' | 'ready' | 'loading-more' | 'failed'

export interface Page<T> {
  data: T[]
  nextCursor: string | null
}

const appendAll = <T>(shown: T[], next: T[]): T[] => [...shown, ...next]

/**
 * A list read a page at a time for one query (filters): a new query starts over from the first
 * page, `loadMore` adds the next with `append` (after what is shown, by default), `retry` reloads
 * after a failure, and an expired session is handed to `onUnauthorized`. `setItems` changes the
 * shown items in place (a row pushed live). `query` and `fetchPage` must be stable: a new one
 * loads again.
 */
export function usePages<Q, T>(
  query: Q,
  fetchPage: (query: Q, cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>,
  onUnauthorized: () => void,
  append: (shown: T[], next: T[]) => T[] = appendAll,
) {
  const [items, setItems] = useState<T[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<PagesPhase>('loading')
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
    fetchPage(query, null, controller.signal).then(
      (page) => {
        setItems(page.data)
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
  }, [query, fetchPage, fail, attempt])

  /** Resolves to whether another page remains. */
  const loadMore = useCallback(async (): Promise<boolean> => {
    if (phase !== 'ready' || nextCursor === null) return nextCursor !== null
    setPhase('loading-more')
    setError('')
    try {
      const page = await fetchPage(query, nextCursor)
      setItems((prev) => append(prev, page.data))
      setNextCursor(page.nextCursor)
      return page.nextCursor !== null
    } catch (cause) {
      fail(cause)
      return true
    } finally {
      setPhase('ready')
    }
  }, [phase, nextCursor, query, fetchPage, fail, append])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  return { items, setItems, nextCursor, phase, error, loadMore, retry }
}
