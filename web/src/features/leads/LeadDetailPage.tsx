import { useCallback } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { LeadControls } from './LeadControls.tsx'
import { LeadFacts } from './LeadFacts.tsx'
import { LeadHistory } from './LeadHistory.tsx'
import { getLead, type Lead } from './leads-api.ts'
import { listHref } from './list-search.ts'
import { usePeople } from './usePeople.ts'

export function LeadDetailPage({
  leadId,
  session,
  onSessionExpired,
}: {
  leadId: string
  session: Session
  onSessionExpired: () => void
}) {
  const fetchLead = useCallback((signal?: AbortSignal) => getLead(leadId, signal), [leadId])
  const detail = useResource(fetchLead, onSessionExpired)
  const { people, branchName } = usePeople(session, onSessionExpired)

  // Someone else assigning or answering it shows here without a reload.
  useTenantEvents((message) => {
    if (message.type === 'lead.updated' && message.lead.id === leadId) detail.reload()
  })

  function changed(lead: Lead) {
    detail.setData((prev) => (prev ? { ...prev, lead } : prev))
    detail.reload()
  }

  const data = detail.data
  return (
    <>
      <p className="back-link">
        <a href={listHref()} onClick={handleLinkClick}>
          <span aria-hidden="true">← </span>All leads
        </a>
      </p>
      {/* One heading throughout, so the focus given to it on arrival stays when the lead loads. */}
      <div className="page-header">
        <h1 tabIndex={-1}>{data ? data.lead.name : 'Lead'}</h1>
        {data?.lead.spam.marked && <span className="badge badge--danger">Marked as spam</span>}
        {session.permissions.includes('analytics.read') && (
          <a className="button" href={pathTo('analytics-lead-touches', { leadId })} onClick={handleLinkClick}>
            How this lead found you
          </a>
        )}
      </div>
      {!data && !detail.error && <p className="muted">Loading the lead…</p>}
      {!data && detail.error && (
        <LoadError onRetry={detail.reload}>Could not load this lead. {detail.error}</LoadError>
      )}
      {data && (
        <div className="lead-detail">
          <LeadFacts detail={data} people={people} branchName={branchName} />
          {people.canWrite && (
            <LeadControls
              lead={data.lead}
              people={people}
              onChanged={changed}
              onSessionExpired={onSessionExpired}
            />
          )}
          <LeadHistory detail={data} branchName={branchName} />
        </div>
      )}
    </>
  )
}
