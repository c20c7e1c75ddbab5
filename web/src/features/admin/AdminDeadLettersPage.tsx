import { useCallback, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { usePages } from '../../app/usePages.ts'
import { messageOf } from '../../app/useSession.ts'
import { DeadLetterFilters } from './DeadLetterFilters.tsx'
import { DeadLettersTable } from './DeadLettersTable.tsx'
import {
  type DeadLetter,
  type DeadLetterFilter,
  listDeadLetters,
  replayDeadLetter,
  WAITING,
} from './dead-letters-api.ts'

/** Platform staff: messages that exhausted their retries, with their bodies, and replay. */
export function AdminDeadLettersPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [filter, setFilter] = useState<DeadLetterFilter>(WAITING)
  const pages = usePages(filter, listDeadLetters, onSessionExpired)
  // Replayed rows as the server answered, over the page they were loaded in.
  const [updated, setUpdated] = useState<Record<string, DeadLetter>>({})
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const tableRef = useRef<HTMLElement>(null)
  const letters = pages.items.map((letter) => updated[letter.id] ?? letter)

  const replay = useCallback(
    async (letter: DeadLetter) => {
      setError('')
      try {
        const done = await replayDeadLetter(letter.id)
        setUpdated((prev) => ({ ...prev, [done.id]: done }))
        setStatus(`Sent back to the ${done.replayQueue ?? ''} queue.`)
        return true
      } catch (cause) {
        if (isUnauthorized(cause)) onSessionExpired()
        else setError(`Could not replay the message. ${messageOf(cause)}`)
        return false
      }
    },
    [onSessionExpired],
  )

  async function loadMore() {
    if (!(await pages.loadMore())) tableRef.current?.focus()
  }

  const loading = pages.phase === 'loading'
  const failed = pages.phase === 'failed'

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Dead letters</h1>
      </div>
      <p className="muted">
        Background messages that failed every retry are kept here. Fix the cause, then replay: each message
        goes back to its queue once, and the replay is recorded in the organisation's audit log.
      </p>
      <DeadLetterFilters applied={filter} onApply={setFilter} />
      <ActionOutcome status={status} error={error} />
      <div aria-live="polite" className="visually-hidden">
        {!loading &&
          !failed &&
          `${letters.length} messages shown${pages.nextCursor ? ', more available' : ''}.`}
      </div>
      {loading && <p className="muted">Loading dead letters…</p>}
      {failed && <LoadError onRetry={pages.retry}>Could not load dead letters. {pages.error}</LoadError>}
      {!loading && !failed && letters.length === 0 && (
        <div className="empty-state">
          <p>No dead letter matches these filters.</p>
        </div>
      )}
      {letters.length > 0 && <DeadLettersTable ref={tableRef} letters={letters} onReplay={replay} />}
      {pages.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={loadMore} />
      )}
    </>
  )
}
