import { type ReactNode, useId } from 'react'
import type { PagesPhase } from '../usePages.ts'
import { LoadMore } from './LoadMore.tsx'
import { LoadError } from './Notices.tsx'

/** What `usePages` returns, as far as showing the list goes. */
export interface PagedItems {
  items: readonly unknown[]
  nextCursor: string | null
  phase: PagesPhase
  error: string
  loadMore: () => Promise<boolean>
  retry: () => void
}

/**
 * A list read a page at a time: the failure with "Try again", "Loading…" announced, the empty
 * state, the list itself (`children`, shown once there are items), a failed next page, and
 * "Load more" while pages remain.
 */
export function PagedList({
  pages,
  loadingText,
  failureText,
  empty,
  children,
}: {
  pages: PagedItems
  /** Announced while the first page loads, e.g. "Loading deliveries…". */
  loadingText: string
  /** Said before the reason when the first page failed, e.g. "Could not load the deliveries.". */
  failureText: string
  empty: ReactNode
  children: ReactNode
}) {
  const { items, nextCursor, phase, error, loadMore, retry } = pages
  return (
    <>
      {error && phase === 'failed' && (
        <LoadError onRetry={retry}>
          {failureText} {error}
        </LoadError>
      )}
      <p role="status" className="muted">
        {phase === 'loading' ? loadingText : ''}
      </p>
      {phase !== 'loading' && phase !== 'failed' && items.length === 0 && (
        <p className="empty-state">{empty}</p>
      )}
      {items.length > 0 && children}
      {error && phase !== 'failed' && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {nextCursor && phase !== 'failed' && (
        <LoadMore loading={phase === 'loading-more'} onLoadMore={() => void loadMore()} />
      )}
    </>
  )
}

/** A section of a page: its heading with a Refresh button beside it, then its content. */
export function RefreshableSection({
  title,
  refreshLabel,
  onRefresh,
  children,
}: {
  title: string
  /** Read out after "Refresh", e.g. "the deliveries". */
  refreshLabel: string
  onRefresh: () => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <section aria-labelledby={id}>
      <div className="page-header">
        <h2 id={id} className="section-title">
          {title}
        </h2>
        <button type="button" className="button button--quiet" onClick={onRefresh}>
          Refresh<span className="visually-hidden"> {refreshLabel}</span>
        </button>
      </div>
      {children}
    </section>
  )
}
