import { useCallback, useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import type { LeadFilterValues } from './lead-filters.ts'
import { type Lead, listLeads } from './leads-api.ts'

const HIGHLIGHT_MS = 6_000

type Phase = 'loading' | 'ready' | 'loading-more' | 'failed'

/**
 * The inbox list for one set of filters: pages from the API, leads pushed live on top, rows
 * replaced in place when a lead changes. New filters start over from the newest lead.
 */
export function useLeadInbox(filters: LeadFilterValues, onUnauthorized: () => void) {
  const [leads, setLeads] = useState<Lead[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('loading')
  const [error, setError] = useState('')
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set())
  const [attempt, setAttempt] = useState(0)
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>())

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
    listLeads(filters, null, controller.signal).then(
      (page) => {
        setLeads(page.data)
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

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending) clearTimeout(timer)
    }
  }, [])

  /** Resolves to whether another page remains (true after an error, so the button stays). */
  const loadMore = useCallback(async (): Promise<boolean> => {
    if (phase !== 'ready' || nextCursor === null) return nextCursor !== null
    setPhase('loading-more')
    setError('')
    try {
      const page = await listLeads(filters, nextCursor)
      setLeads((prev) => {
        const shown = new Set(prev.map((l) => l.id))
        return [...prev, ...page.data.filter((l) => !shown.has(l.id))]
      })
      setNextCursor(page.nextCursor)
      return page.nextCursor !== null
    } catch (cause) {
      fail(cause)
      return true
    } finally {
      setPhase('ready')
    }
  }, [phase, nextCursor, filters, fail])

  // What is shown as of the last render, so an event can tell whether its lead is new here.
  const shown = useRef<readonly Lead[]>(leads)
  useEffect(() => {
    shown.current = leads
  }, [leads])

  /** Puts a live lead on top, highlighted for a moment; false when it is already shown. */
  const prepend = useCallback((lead: Lead): boolean => {
    if (shown.current.some((l) => l.id === lead.id)) return false
    setLeads((prev) => (prev.some((l) => l.id === lead.id) ? prev : [lead, ...prev]))
    setFresh((prev) => new Set(prev).add(lead.id))
    const timer = setTimeout(() => {
      timers.current.delete(timer)
      setFresh((prev) => {
        const next = new Set(prev)
        next.delete(lead.id)
        return next
      })
    }, HIGHLIGHT_MS)
    timers.current.add(timer)
    return true
  }, [])

  /** Replaces shown rows with their new state; leads not shown are left out. */
  const replace = useCallback((update: (lead: Lead) => Lead | null) => {
    setLeads((prev) => prev.map((lead) => update(lead) ?? lead))
  }, [])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  return { leads, nextCursor, phase, error, fresh, loadMore, prepend, replace, retry }
}
