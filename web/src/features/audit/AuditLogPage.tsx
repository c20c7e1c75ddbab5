import { type MouseEvent, useRef, useState } from 'react'
import { getSession } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { AuditFilters } from './AuditFilters.tsx'
import { AuditTable } from './AuditTable.tsx'
import { type AuditFilterValues, csvUrl, NO_FILTERS } from './audit-api.ts'
import { useAuditEvents } from './useAuditEvents.ts'

export function AuditLogPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS)
  const log = useAuditEvents(filters, onSessionExpired)
  const tableRef = useRef<HTMLElement>(null)
  const download = csvUrl(filters)

  async function loadMore() {
    const more = await log.loadMore()
    if (!more) tableRef.current?.focus()
  }

  // The access cookie lives fifteen minutes and a plain link cannot refresh it; a cheap API
  // call first (which refreshes on 401) keeps the download from saving an error as CSV.
  async function downloadCsv(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    try {
      await getSession()
      window.location.assign(download)
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
    }
  }

  const loading = log.phase === 'loading'
  const failed = log.phase === 'failed'
  const loadingMore = log.phase === 'loading-more'

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Audit log</h1>
        <a className="button" href={download} download onClick={downloadCsv}>
          Download CSV<span className="visually-hidden"> of the events matching these filters</span>
        </a>
      </div>
      <p className="muted">Who did what in your organisation, when and from where. Newest first.</p>

      <AuditFilters applied={filters} onApply={setFilters} />

      <div aria-live="polite" className="visually-hidden">
        {!loading &&
          !failed &&
          `${log.events.length} events shown${log.nextCursor ? ', more available' : ''}.`}
      </div>

      {loading && <p className="muted">Loading events…</p>}
      {failed && <LoadError onRetry={log.retry}>Could not load the audit log. {log.error}</LoadError>}
      {!loading && !failed && log.events.length === 0 && (
        <div className="empty-state">
          <p>No events match these filters.</p>
        </div>
      )}
      {log.events.length > 0 && <AuditTable ref={tableRef} events={log.events} />}

      {log.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={loadingMore} onLoadMore={loadMore} />
      )}
      {log.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more events. {log.error}
        </p>
      )}
    </>
  )
}
