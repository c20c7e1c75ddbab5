import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { listBranches } from '../brands/brands-api.ts'
import { type LeadSource, listLeadSources } from './lead-sources-api.ts'
import { accountOf, formatTime, KIND_LABELS, OUTCOME_LABELS, STATUS_LABELS } from './source-kinds.ts'

const loadBranches = (signal?: AbortSignal) => listBranches({}, signal)

/** Every connected ad platform, number and webhook, with how its last delivery went. */
export function LeadSourcesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const sources = useResource(listLeadSources, onSessionExpired)
  const branches = useResource(loadBranches, onSessionExpired)
  const canManage = session.permissions.includes('lead_sources.manage')
  const branchName = (id: string) => branches.data?.find((b) => b.id === id)?.name ?? ''

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Lead sources</h1>
        {canManage && (
          <a className="button button--primary" href={pathTo('lead-source-new')} onClick={handleLinkClick}>
            Connect a source
          </a>
        )}
      </div>
      <p className="muted">
        Leads from Google Ads, Facebook, LinkedIn, WhatsApp and automation tools land in Leads like the ones
        from your pages. Each source keeps a log of what it delivered.
      </p>
      {sources.error && (
        <LoadError onRetry={sources.reload}>Could not load the sources. {sources.error}</LoadError>
      )}
      <p role="status" className="muted">
        {sources.data === null && !sources.error ? 'Loading sources…' : ''}
      </p>
      {sources.data?.length === 0 && (
        <p className="empty-state">
          No lead sources yet.{' '}
          {canManage && (
            <a href={pathTo('lead-source-new')} onClick={handleLinkClick}>
              Connect the first one
            </a>
          )}
        </p>
      )}
      {sources.data && sources.data.length > 0 && (
        <SourcesTable sources={sources.data} branchName={branchName} />
      )}
    </>
  )
}

function SourcesTable({
  sources,
  branchName,
}: {
  sources: LeadSource[]
  branchName: (id: string) => string
}) {
  return (
    <ScrollTable
      caption="Lead sources, newest first"
      columns={['Source', 'Kind', 'Branch', 'Status', 'Last delivery']}
    >
      {sources.map((source) => (
        <tr key={source.id}>
          <th scope="row" className="cell-wrap">
            <a href={pathTo('lead-source', { sourceId: source.id })} onClick={handleLinkClick}>
              {source.name}
            </a>
            {accountOf(source) && <span className="muted cell-code">{accountOf(source)}</span>}
          </th>
          <td>{KIND_LABELS[source.kind]}</td>
          <td className="cell-wrap">{branchName(source.branchId)}</td>
          <td>
            <span className="badge source-status" data-status={source.status}>
              {STATUS_LABELS[source.status]}
            </span>
          </td>
          <td>
            {source.lastDelivery ? (
              <>
                <span className="badge source-outcome" data-outcome={source.lastDelivery.outcome}>
                  {OUTCOME_LABELS[source.lastDelivery.outcome]}
                </span>{' '}
                <time dateTime={source.lastDelivery.createdAt}>
                  {formatTime(source.lastDelivery.createdAt)}
                </time>
              </>
            ) : (
              <span className="muted">Nothing yet</span>
            )}
          </td>
        </tr>
      ))}
    </ScrollTable>
  )
}
