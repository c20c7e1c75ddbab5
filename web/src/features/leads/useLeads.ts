import { useCallback, useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type Lead, listLeads } from '../../api/leads.ts'
import { messageOf } from '../../app/useSession.ts'

const HIGHLIGHT_MS = 6_000

type Phase = 'loading' | 'ready' | 'loading-more' | 'failed'

/**
 * The lead list: pages from the API plus leads pushed live. `seen` is the one record of
 * which ids are shown, because the same lead can arrive by page, by event, or twice by event.
 */
export function useLeads(onUnauthorized: () => void) {
  const [leads, setLeads] = useState<Lead[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('loading')
  const [error, setError] = useState('')
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set())
  const seen = useRef(new Set<string>())

  const append = useCallback((page: Lead[]) => {
    const unseen = page.filter((lead) => !seen.current.has(lead.id))
    for (const lead of unseen) seen.current.add(lead.id)
    setLeads((prev) => [...prev, ...unseen])
  }, [])

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
    },
    [onUnauthorized],
  )

  const loadFirstPage = useCallback(
    (signal?: AbortSignal) => {
      setPhase('loading')
      setError('')
      listLeads(null, signal).then(
        (page) => {
          append(page.data)
          setNextCursor(page.nextCursor)
          setPhase('ready')
        },
        (cause: unknown) => {
          if (signal?.aborted) return
          fail(cause)
          setPhase('failed')
        },
      )
    },
    [append, fail],
  )

  useEffect(() => {
    const controller = new AbortController()
    loadFirstPage(controller.signal)
    return () => controller.abort()
  }, [loadFirstPage])

  /** Resolves to whether another page remains (true after an error, so the button stays). */
  const loadMore = useCallback(async (): Promise<boolean> => {
    if (phase !== 'ready' || nextCursor === null) return nextCursor !== null
    setPhase('loading-more')
    setError('')
    try {
      const page = await listLeads(nextCursor)
      append(page.data)
      setNextCursor(page.nextCursor)
      return page.nextCursor !== null
    } catch (cause) {
      fail(cause)
      return true
    } finally {
      setPhase('ready')
    }
  }, [phase, nextCursor, append, fail])

  /** Prepends a live lead; returns false when it is already shown. */
  const addLive = useCallback((lead: Lead): boolean => {
    if (seen.current.has(lead.id)) return false
    seen.current.add(lead.id)
    setLeads((prev) => [lead, ...prev])
    setFresh((prev) => new Set(prev).add(lead.id))
    setTimeout(() => {
      setFresh((prev) => {
        const next = new Set(prev)
        next.delete(lead.id)
        return next
      })
    }, HIGHLIGHT_MS)
    return true
  }, [])

  const retry = useCallback(() => loadFirstPage(), [loadFirstPage])

  return { leads, nextCursor, phase, error, fresh, loadMore, addLive, retry }
}
