import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react'
import { getSession, type Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { navigate } from '../../app/router.ts'
import type { ServerMessage } from '../../realtime/messages.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { BulkBar } from './BulkBar.tsx'
import { ConnectionIndicator } from './ConnectionIndicator.tsx'
import { LeadFilterBar } from './LeadFilterBar.tsx'
import { LeadsTable } from './LeadsTable.tsx'
import { filtersFromSearch, type LeadFilterValues, matchesFilters, searchOf } from './lead-filters.ts'
import { leadFromEvent, SOURCES, STATUSES } from './lead-format.ts'
import { exportUrl, getLead, type Lead, type LeadChanges } from './leads-api.ts'
import { rememberListSearch } from './list-search.ts'
import { useLeadInbox } from './useLeadInbox.ts'
import { usePeople } from './usePeople.ts'

const MAX_ANNOUNCEMENTS = 5

interface Announcement {
  key: string
  text: string
}

export function LeadsPage({ session, onSessionExpired }: { session: Session; onSessionExpired: () => void }) {
  const [filters, setFilters] = useState(() => filtersFromSearch(location.search, SOURCES, STATUSES))
  const inbox = useLeadInbox(filters, onSessionExpired)
  const { people, branches, branchName } = usePeople(session, onSessionExpired)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [announcements, setAnnouncements] = useState<Announcement[]>([])
  const [notice, setNotice] = useState('')
  const tableRef = useRef<HTMLElement>(null)
  const filtersRef = useRef(filters)

  // The address follows the filters (no new history entry), so a copied link shows the same.
  useEffect(() => {
    filtersRef.current = filters
    const search = searchOf(filters)
    rememberListSearch(search)
    navigate(location.pathname + search, { replace: true })
  }, [filters])

  const applyFilters = useCallback((next: LeadFilterValues) => {
    setFilters(next)
    setSelected(new Set())
  }, [])

  const announce = (key: string, text: string) =>
    setAnnouncements((prev) => [...prev.slice(1 - MAX_ANNOUNCEMENTS), { key, text }])

  const connection = useTenantEvents((message: ServerMessage) => {
    if (message.type === 'lead.updated') {
      inbox.replace((shown) => (shown.id === message.lead.id ? leadFromEvent(message.lead, shown) : null))
      return
    }
    if (message.type !== 'lead.created') return
    const event = leadFromEvent(message.lead)
    if (!event || !matchesFilters(event, filtersRef.current, people.me)) return
    // The event carries a row's worth of the lead; the rest (UTM, SLA times) comes by id.
    getLead(message.lead.id).then(
      (detail) => addLive(detail.lead),
      () => addLive(event),
    )
  })

  function addLive(lead: Lead) {
    if (inbox.prepend(lead)) announce(lead.id, `New lead from ${lead.name}`)
  }

  function select(leadIds: readonly string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev)
      for (const id of leadIds) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }

  function bulkDone(set: LeadChanges, text: string) {
    inbox.replace((lead) =>
      selected.has(lead.id)
        ? {
            ...lead,
            ...(set.status ? { status: set.status } : {}),
            ...(set.ownerUserId !== undefined ? { ownerUserId: set.ownerUserId } : {}),
          }
        : null,
    )
    setSelected(new Set())
    setNotice(text)
  }

  async function loadMore() {
    const more = await inbox.loadMore()
    if (!more) tableRef.current?.focus()
  }

  const loading = inbox.phase === 'loading'
  const failed = inbox.phase === 'failed'
  const shownIds = inbox.leads.map((l) => l.id).filter((id) => selected.has(id))

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Leads</h1>
        <ConnectionIndicator status={connection} />
        <ExportLink href={exportUrl(filters)} onSessionExpired={onSessionExpired} />
      </div>

      <LeadFilterBar value={filters} onChange={applyFilters} branches={branches} people={people} />

      <div role="log" aria-live="polite" aria-label="New leads" className="visually-hidden">
        {announcements.map((a) => (
          <p key={a.key}>{a.text}</p>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {loading ? '' : `${inbox.leads.length} leads shown${inbox.nextCursor ? ', more available' : ''}.`}
      </p>
      <p role="status" className={notice ? 'notice lead-notice' : 'visually-hidden'}>
        {notice}
      </p>

      {people.canWrite && shownIds.length > 0 && (
        <BulkBar
          leadIds={shownIds}
          people={people}
          onDone={bulkDone}
          onClear={() => setSelected(new Set())}
          onSessionExpired={onSessionExpired}
        />
      )}

      {loading && inbox.leads.length === 0 && <p className="muted">Loading leads…</p>}
      {failed && <LoadError onRetry={inbox.retry}>Could not load leads. {inbox.error}</LoadError>}
      {!loading && !failed && inbox.leads.length === 0 && <EmptyInbox filtered={searchOf(filters) !== ''} />}

      {inbox.leads.length > 0 && (
        <LeadsTable
          ref={tableRef}
          leads={inbox.leads}
          fresh={inbox.fresh}
          selected={people.canWrite ? selected : null}
          onSelect={select}
          people={people}
          branchName={branchName}
        />
      )}

      {inbox.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={inbox.phase === 'loading-more'} onLoadMore={loadMore} />
      )}
      {inbox.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more leads. {inbox.error}
        </p>
      )}
    </>
  )
}

function EmptyInbox({ filtered }: { filtered: boolean }) {
  return (
    <div className="empty-state">
      {filtered ? (
        <p>No leads match these filters.</p>
      ) : (
        <>
          <p>No leads yet.</p>
          <p className="muted">
            When visitors send a form on one of your microsites, their details appear here.
          </p>
        </>
      )}
    </div>
  )
}

/**
 * The access cookie lives fifteen minutes and a plain link cannot refresh it; a cheap API call
 * first (which refreshes on 401) keeps the download from saving an error page as CSV.
 */
function ExportLink({ href, onSessionExpired }: { href: string; onSessionExpired: () => void }) {
  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    try {
      await getSession()
      window.location.assign(href)
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
    }
  }
  return (
    <a className="button" href={href} download onClick={download}>
      Download CSV<span className="visually-hidden"> of the leads matching these filters</span>
    </a>
  )
}
