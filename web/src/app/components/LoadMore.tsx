import { useId } from 'react'

/** The "Load more" button under a paged list, saying so while the next page loads. */
export function LoadMore({ loading, onLoadMore }: { loading: boolean; onLoadMore: () => void }) {
  const id = useId()
  return (
    <div className="load-more">
      <button
        type="button"
        className="button"
        onClick={onLoadMore}
        aria-disabled={loading}
        aria-describedby={loading ? id : undefined}
      >
        Load more
      </button>
      {loading && (
        <span id={id} className="muted">
          Loading…
        </span>
      )}
    </div>
  )
}
