import { useRef, useState } from 'react'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
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

      {failed && <LoadError onRetry={list.retry}>Could not load leads. {list.error}</LoadError>}

      {!loading && !failed && list.leads.length === 0 && (
        <div className="empty-state">
          <p>No leads yet.</p>
          <p className="muted">
            When visitors send a form on one of your microsites, their details appear here.
          </p>
        </div>
      )}

      {list.leads.length > 0 && <LeadsTable ref={tableRef} leads={list.leads} fresh={list.fresh} />}

      {list.nextCursor !== null && !failed && <LoadMore loading={loadingMore} onLoadMore={loadMore} />}
      {list.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more leads. {list.error}
        </p>
      )}
    </>
  )
}
