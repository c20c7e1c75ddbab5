import { useCallback, useEffect, useId, useRef } from 'react'
import { ConfirmButton } from '../../../app/components/Confirm.tsx'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useResource } from '../../../app/useResource.ts'
import { formatDateTime } from '../../sites/site-status.ts'
import { listVersions, type SiteVersionSummary } from '../../sites/sites-api.ts'
import { usePanelToggle } from '../usePanelToggle.ts'

interface VersionsDrawerProps {
  siteId: string
  canRestore: boolean
  /** Bumped when a publish or restore changed the history. */
  historyRevision: number
  onRestore: (version: SiteVersionSummary) => Promise<boolean>
  onUnauthorized: () => void
}

/** The "Versions" button and the panel listing every published version, the live one marked. */
export function VersionsDrawer(props: VersionsDrawerProps) {
  const id = useId()
  const { open, close, toggle, buttonRef } = usePanelToggle()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (open) headingRef.current?.focus()
  }, [open])

  return (
    <>
      <button
        type="button"
        ref={buttonRef}
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={`${id}-drawer`}
        onClick={toggle}
      >
        Versions
      </button>
      {open && (
        <aside
          id={`${id}-drawer`}
          className="drawer"
          aria-labelledby={`${id}-title`}
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <div className="drawer__header">
            <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="section-title">
              Versions
            </h2>
            <button type="button" className="button button--quiet" onClick={close}>
              Close<span className="visually-hidden"> versions</span>
            </button>
          </div>
          <VersionList {...props} />
        </aside>
      )}
    </>
  )
}

function VersionList({
  siteId,
  canRestore,
  historyRevision,
  onRestore,
  onUnauthorized,
}: VersionsDrawerProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new history revision means fetching again
  const fetchVersions = useCallback(
    (signal?: AbortSignal) => listVersions(siteId, signal).then((l) => l.data),
    [siteId, historyRevision],
  )
  const { data: versions, error, reload } = useResource(fetchVersions, onUnauthorized)
  if (error) return <LoadError onRetry={reload}>Could not load the versions. {error}</LoadError>
  if (!versions) return <p className="muted">Loading versions…</p>
  if (versions.length === 0)
    return <p className="muted">Nothing published yet. Each publish adds a version here.</p>
  return (
    <ol className="version-list plain-list">
      {versions.map((v) => (
        <li key={v.id} className="version-list__item">
          <p className="version-list__title">
            Version {v.number} {v.live && <span className="badge">Live</span>}
          </p>
          <p className="muted">
            {v.publishedAt ? formatDateTime(v.publishedAt) : 'Not published'}
            {v.publishedBy ? ` · ${v.publishedBy}` : ''}
          </p>
          {v.note && <p>{v.note}</p>}
          {canRestore && !v.live && (
            <ConfirmButton
              question={`Restore version ${v.number}?`}
              detail={`It is published again as a new version and becomes your draft; unpublished changes are replaced.`}
              confirmLabel={`Restore version ${v.number}`}
              onConfirm={() => onRestore(v)}
            >
              Restore<span className="visually-hidden"> version {v.number}</span>
            </ConfirmButton>
          )}
        </li>
      ))}
    </ol>
  )
}
