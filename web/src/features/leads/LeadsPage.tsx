import { useRef, useState } from 'react'
import type { ServerMessage } from '../../realtime/messages.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { ConnectionIndicator } from './ConnectionIndicator.tsx'
import { LeadsTable } from './LeadsTable.tsx'
import { toLead } from './lead-format.ts'
import { useLeads } from './useLeads.ts'

const MAX_ANNOUNCEMENTS = 5

interface Announcement {
  key: string
  text: string
}

export function LeadsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const list = useLeads(onSessionExpired)
  const [announcements, setAnnouncements] = useState<Announcement[]>([])
  const tableRef = useRef<HTMLElement>(null)

  const connection = useTenantEvents((message: ServerMessage) => {
    if (message.type !== 'lead.created') return
    const lead = toLead(message.lead)
    if (!lead) {
      console.warn('[realtime] ignoring lead with unknown status or source', message.lead)
      return
    }
    if (!list.addLive(lead)) return
    setAnnouncements((prev) => [
      ...prev.slice(1 - MAX_ANNOUNCEMENTS),
      { key: lead.id, text: `New lead from ${lead.name}` },
    ])
  })

  async function loadMore() {
    const more = await list.loadMore()
    // The button disappears with the last page; keep focus somewhere sensible.
    if (!more) tableRef.current?.focus()
  }

  const loading = list.phase === 'loading'
  const failed = list.phase === 'failed'
  const loadingMore = list.phase === 'loading-more'

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Leads</h1>
        <ConnectionIndicator status={connection} />
      </div>

      <div role="log" aria-live="polite" aria-label="New leads" className="visually-hidden">
        {announcements.map((a) => (
          <p key={a.key}>{a.text}</p>
        ))}
      </div>

      {loading && list.leads.length === 0 && <p className="muted">Loading leads…</p>}

      {failed && (
        <div role="alert" className="notice notice--error">
          <p>Could not load leads. {list.error}</p>
          <button type="button" className="button" onClick={list.retry}>
            Try again
          </button>
        </div>
      )}

      {!loading && !failed && list.leads.length === 0 && (
        <div className="empty-state">
          <p>No leads yet.</p>
          <p className="muted">
            When visitors send a form on one of your microsites, their details appear here.
          </p>
        </div>
      )}

      {list.leads.length > 0 && <LeadsTable ref={tableRef} leads={list.leads} fresh={list.fresh} />}

      {list.nextCursor !== null && !failed && (
        <div className="load-more">
          <button
            type="button"
            className="button"
            onClick={loadMore}
            aria-disabled={loadingMore}
            aria-describedby={loadingMore ? 'leads-loading-more' : undefined}
          >
            Load more
          </button>
          {loadingMore && (
            <span id="leads-loading-more" className="muted">
              Loading…
            </span>
          )}
        </div>
      )}
      {list.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more leads. {list.error}
        </p>
      )}
    </>
  )
}
