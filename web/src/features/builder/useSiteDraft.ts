import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { getSite, type SiteContent, type SiteDetail, saveDraft } from '../sites/sites-api.ts'
import { keepLinkUrl } from './keep-link-url.ts'
import { draftProblems } from './validate.ts'

export const AUTOSAVE_DELAY_MS = 800

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' }

export interface SiteDraft {
  detail: SiteDetail | null
  loadError: string
  content: SiteContent | null
  save: SaveState
  /** Bumped after every change the server has; the preview reloads on it. */
  revision: number
  edit: (change: (content: SiteContent) => SiteContent) => void
  /** Saves what is waiting now; false when it could not be saved. */
  flush: () => Promise<boolean>
  /** Takes the server's answer as the new truth (template switch, restore, reload). */
  adopt: (detail: SiteDetail) => void
  /** Changes what is known about the site without touching the draft (status, preview link). */
  patchDetail: (patch: Partial<Omit<SiteDetail, 'draft'>>) => void
  /** Fetches the site again; with `content`, the draft too, dropping unsaved edits. */
  reload: (options?: { content?: boolean }) => Promise<void>
}

/**
 * The builder's working copy of a site's draft, saved a moment after each change with the
 * draft's last known save time, so two editors never silently overwrite each other (409).
 */
export function useSiteDraft(siteId: string, onUnauthorized: () => void): SiteDraft {
  const [detail, setDetailState] = useState<SiteDetail | null>(null)
  const setDetail = useCallback((next: SiteDetail) => setDetailState((prev) => keepLinkUrl(prev, next)), [])
  const [loadError, setLoadError] = useState('')
  const [content, setContent] = useState<SiteContent | null>(null)
  const [save, setSave] = useState<SaveState>({ kind: 'saved' })
  const [revision, setRevision] = useState(0)
  const latest = useRef<SiteContent | null>(null)
  const updatedAt = useRef<string | null>(null)
  const dirty = useRef(false)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const adopt = useCallback(
    (next: SiteDetail) => {
      clearTimeout(timer.current)
      dirty.current = false
      latest.current = next.draft
      updatedAt.current = next.draftUpdatedAt
      setDetail(next)
      setContent(next.draft)
      setSave({ kind: 'saved' })
      setRevision((r) => r + 1)
    },
    [setDetail],
  )

  const reload = useCallback(
    async ({ content: withContent = false } = {}) => {
      try {
        const next = await getSite(siteId)
        if (withContent || latest.current === null) adopt(next)
        else setDetail(next)
      } catch (cause) {
        if (isUnauthorized(cause)) onUnauthorized()
        else setLoadError(messageOf(cause))
      }
    },
    [siteId, adopt, onUnauthorized, setDetail],
  )

  const patchDetail = useCallback((patch: Partial<Omit<SiteDetail, 'draft'>>) => {
    setDetailState((d) => (d ? { ...d, ...patch } : d))
  }, [])

  useEffect(() => {
    void reload({ content: true })
    return () => clearTimeout(timer.current)
  }, [reload])

  const send = useCallback(async (): Promise<boolean> => {
    const draft = latest.current
    if (!dirty.current || !draft) return true
    const problems = draftProblems(draft)
    if (problems.length > 0) {
      setSave({ kind: 'invalid', problems })
      return false
    }
    dirty.current = false
    setSave({ kind: 'saving' })
    try {
      const saved = await saveDraft(siteId, draft, updatedAt.current)
      updatedAt.current = saved.draftUpdatedAt
      setDetail({ ...saved, draft })
      setRevision((r) => r + 1)
      setSave(dirty.current ? { kind: 'pending' } : { kind: 'saved' })
      return true
    } catch (cause) {
      dirty.current = true
      if (isUnauthorized(cause)) onUnauthorized()
      if (cause instanceof ApiProblem && cause.status === 409) setSave({ kind: 'conflict' })
      else setSave({ kind: 'error', message: messageOf(cause) })
      return false
    }
  }, [siteId, onUnauthorized, setDetail])

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    while (inFlight.current) await inFlight.current
    const run = send().finally(() => {
      inFlight.current = null
    })
    inFlight.current = run
    const ok = await run
    // Edits made while that request was out go in the next one.
    return ok && (!dirty.current || flush())
  }, [send])

  const edit = useCallback(
    (change: (content: SiteContent) => SiteContent) => {
      if (!latest.current) return
      latest.current = change(latest.current)
      dirty.current = true
      setContent(latest.current)
      setSave((s) => (s.kind === 'conflict' ? s : { kind: 'pending' }))
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [flush],
  )

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  return { detail, loadError, content, save, revision, edit, flush, adopt, patchDetail, reload }
}
