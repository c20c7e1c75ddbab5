import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { usePages } from '../../app/usePages.ts'
import { DuplicatePairCard } from './DuplicatePairCard.tsx'
import { dismissedPairs, dismissPair } from './dismissed-pairs.ts'
import { ENTITY_PLURAL, listDuplicates, type MergeEntity } from './duplicates-api.ts'
import { MergeDialog } from './MergeDialog.tsx'

const ENTITIES: MergeEntity[] = ['contact', 'company']
const LABEL: Record<MergeEntity, string> = { contact: 'Contacts', company: 'Companies' }

const fetchPage = (query: { entity: MergeEntity }, cursor: string | null, signal?: AbortSignal) =>
  listDuplicates(query.entity, cursor, signal)

/**
 * Likely duplicates to review, most certain first: merge a pair (choosing what to keep) or
 * mark it as not a duplicate (hidden for this session; see dismissed-pairs.ts).
 */
export function DuplicatesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const [entity, setEntity] = useState<MergeEntity>(() =>
    new URLSearchParams(location.search).get('entity') === 'company' ? 'company' : 'contact',
  )
  const query = useMemo(() => ({ entity }), [entity])
  const pages = usePages(query, fetchPage, onSessionExpired)
  const [dismissed, setDismissed] = useState(() => dismissedPairs(session.tenant.id))
  const [merging, setMerging] = useState<string[] | null>(null)
  const [status, setStatus] = useState('')
  const canMerge = session.permissions.includes('crm.delete')
  const shown = pages.items.filter((pair) => !dismissed.has(pair.key))

  const activate = useCallback((next: MergeEntity) => {
    setEntity(next)
    setStatus('')
    history.replaceState(null, '', `${location.pathname}?entity=${next}`)
  }, [])

  function onTabKey(event: KeyboardEvent) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return
    event.preventDefault()
    const index = ENTITIES.indexOf(entity)
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? 1 : (index + 1) % ENTITIES.length
    activate(ENTITIES[to]!)
    tabs.current[to]?.focus()
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Duplicates
      </h1>
      <p className="muted">
        Records that look like the same person or company: the same e-mail address or phone number, or similar
        names at the same company.
      </p>
      <ActionOutcome status={status} error={pages.phase === 'ready' ? pages.error : ''} />
      <div className="pane-tabs">
        <div role="tablist" aria-label="Kind of record" className="pane-tabs__list">
          {ENTITIES.map((e, i) => (
            <button
              key={e}
              ref={(el) => {
                tabs.current[i] = el
              }}
              type="button"
              role="tab"
              id={`${id}-${e}`}
              aria-selected={e === entity}
              aria-controls={`${id}-panel`}
              tabIndex={e === entity ? 0 : -1}
              className="pane-tabs__tab"
              onClick={() => activate(e)}
              onKeyDown={onTabKey}
            >
              {LABEL[e]}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-${entity}`}
          className="pane-tabs__panel"
        >
          {pages.phase === 'failed' ? (
            <LoadError onRetry={pages.retry}>Could not look for duplicates. {pages.error}</LoadError>
          ) : pages.phase === 'loading' ? (
            <p role="status" className="muted">
              Looking for duplicates…
            </p>
          ) : shown.length === 0 ? (
            <p className="muted">No likely duplicate {ENTITY_PLURAL[entity]} to review.</p>
          ) : (
            <ul className="dupe-pairs">
              {shown.map((pair) => (
                <DuplicatePairCard
                  key={pair.key}
                  pair={pair}
                  canMerge={canMerge}
                  onMerge={() => setMerging(pair.records.map((r) => r.id))}
                  onDismiss={() => {
                    setDismissed(dismissPair(session.tenant.id, pair.key))
                    setStatus(
                      `${pair.records[0].name} and ${pair.records[1].name}: marked as not a duplicate.`,
                    )
                    heading.current?.focus()
                  }}
                />
              ))}
            </ul>
          )}
          {pages.nextCursor && pages.phase !== 'loading' && pages.phase !== 'failed' && (
            <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={() => void pages.loadMore()} />
          )}
        </div>
      </div>
      {merging && (
        <MergeDialog
          entity={entity}
          ids={merging}
          onSessionExpired={onSessionExpired}
          onCancel={() => setMerging(null)}
          onMerged={(result, name) => {
            setMerging(null)
            setStatus(
              `Merged into ${name}. ${result.mergedIds.length} record${result.mergedIds.length === 1 ? '' : 's'} removed.`,
            )
            pages.retry()
            heading.current?.focus()
          }}
        />
      )}
    </>
  )
}
