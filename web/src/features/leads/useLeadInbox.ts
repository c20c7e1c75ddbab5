import { useCallback, useEffect, useRef, useState } from 'react'
import { usePages } from '../../app/usePages.ts'
import type { LeadFilterValues } from './lead-filters.ts'
import { type Lead, listLeads } from './leads-api.ts'

const HIGHLIGHT_MS = 6_000

/** A next page's leads after the shown ones, less any already shown (pushed live meanwhile). */
function appendNew(shown: Lead[], next: Lead[]): Lead[] {
  const ids = new Set(shown.map((l) => l.id))
  return [...shown, ...next.filter((l) => !ids.has(l.id))]
}

/**
 * The inbox list for one set of filters: pages from the API, leads pushed live on top, rows
 * replaced in place when a lead changes. New filters start over from the newest lead.
 */
export function useLeadInbox(filters: LeadFilterValues, onUnauthorized: () => void) {
  const {
    items: leads,
    setItems: setLeads,
    nextCursor,
    phase,
    error,
    loadMore,
    retry,
  } = usePages(filters, listLeads, onUnauthorized, appendNew)
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set())
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>())

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending) clearTimeout(timer)
    }
  }, [])

  // What is shown as of the last render, so an event can tell whether its lead is new here.
  const shown = useRef<readonly Lead[]>(leads)
  useEffect(() => {
    shown.current = leads
  }, [leads])

  /** Puts a live lead on top, highlighted for a moment; false when it is already shown. */
  const prepend = useCallback(
    (lead: Lead): boolean => {
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
    },
    [setLeads],
  )

  /** Replaces shown rows with their new state; leads not shown are left out. */
  const replace = useCallback(
    (update: (lead: Lead) => Lead | null) => {
      setLeads((prev) => prev.map((lead) => update(lead) ?? lead))
    },
    [setLeads],
  )

  return { leads, nextCursor, phase, error, fresh, loadMore, prepend, replace, retry }
}
