import type { ReactNode } from 'react'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import type { PagesPhase } from '../../app/usePages.ts'

interface Props {
  pages: {
    items: readonly unknown[]
    nextCursor: string | null
    phase: PagesPhase
    error: string
    retry: () => void
  }
  /** What the list holds, plural and lower case: "contacts", "companies". */
  noun: string
  /** Whether a search or filter narrows the list, so an empty one "matches" nothing. */
  filtered: boolean
  /** Said under "No … yet." on an unfiltered empty list. */
  emptyHint: string
  onLoadMore: () => void
  /** Shown between the count and the rows, e.g. the bulk actions. */
  above?: ReactNode
  /** The table, drawn once there are rows. */
  children: ReactNode
}

/** A record list's rows with everything said around them: the count, loading, failure, emptiness, more. */
export function RecordListResults({ pages, noun, filtered, emptyHint, onLoadMore, above, children }: Props) {
  const loading = pages.phase === 'loading'
  const failed = pages.phase === 'failed'
  const count = pages.items.length
  return (
    <>
      <p role="status" className="visually-hidden">
        {loading ? '' : `${count} ${noun} shown${pages.nextCursor ? ', more available' : ''}.`}
      </p>
      {above}
      {loading && count === 0 && <p className="muted">Loading {noun}…</p>}
      {failed && (
        <LoadError onRetry={pages.retry}>
          Could not load {noun}. {pages.error}
        </LoadError>
      )}
      {!loading && !failed && count === 0 && (
        <div className="empty-state">
          <p>{filtered ? `No ${noun} match.` : `No ${noun} yet.`}</p>
          {!filtered && <p className="muted">{emptyHint}</p>}
        </div>
      )}
      {count > 0 && children}
      {pages.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={onLoadMore} />
      )}
      {pages.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more {noun}. {pages.error}
        </p>
      )}
    </>
  )
}
