import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ConfirmSection } from '../../app/components/ConfirmSection.tsx'
import { CopyField } from '../../app/components/CopyField.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { listBranches } from '../brands/brands-api.ts'
import { DeliveryLog } from './DeliveryLog.tsx'
import {
  archiveLeadSource,
  getLeadSource,
  type LeadSource,
  type LeadSourceWithSecret,
  rotateLeadSourceSecret,
  updateLeadSource,
} from './lead-sources-api.ts'
import { ReplaceTokenForm } from './ReplaceTokenForm.tsx'
import { SourceConnected } from './SourceConnected.tsx'
import { accountOf, formatTime, KIND_LABELS, KIND_STEPS, STATUS_LABELS } from './source-kinds.ts'

const loadBranches = (signal?: AbortSignal) => listBranches({}, signal)

/** One source: where to point the platform, pause or resume, rotate its secret, its delivery log. */
export function LeadSourcePage({
  sourceId,
  session,
  onSessionExpired,
}: {
  sourceId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback((signal?: AbortSignal) => getLeadSource(sourceId, signal), [sourceId])
  const { data: source, setData, error: loadError, reload } = useResource(load, onSessionExpired)
  const branches = useResource(loadBranches, onSessionExpired)
  const { status, error: actionError, pending, act } = useAction(onSessionExpired)
  const [rotated, setRotated] = useState<LeadSourceWithSecret | null>(null)
  const canManage = session.permissions.includes('lead_sources.manage')

  if (!source) {
    return (
      <>
        <h1 tabIndex={-1}>Lead source</h1>
        {loadError ? (
          <LoadError onRetry={reload}>Could not load this source. {loadError}</LoadError>
        ) : (
          <p role="status" className="muted">
            Loading the source…
          </p>
        )}
      </>
    )
  }

  const toggle = (s: LeadSource) =>
    act(async () => {
      const next = s.status === 'paused' ? 'active' : 'paused'
      setData(await updateLeadSource(s.id, { status: next }))
      return next === 'paused'
        ? 'Paused: deliveries are refused and logged.'
        : 'Resumed: deliveries are taken again.'
    })
  const branch = branches.data?.find((b) => b.id === source.branchId)

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>{source.name}</h1>
        <a className="button button--quiet" href={pathTo('lead-sources')} onClick={handleLinkClick}>
          All lead sources
        </a>
      </div>
      <ActionOutcome status={status} error={actionError} />
      <dl className="source-facts">
        <div>
          <dt>Kind</dt>
          <dd>
            {KIND_LABELS[source.kind]}
            {accountOf(source) && ` · ${accountOf(source)}`}
          </dd>
        </div>
        <div>
          <dt>Leads go to</dt>
          <dd>{branch ? `${branch.brandName} – ${branch.name}` : ''}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className="badge source-status" data-status={source.status}>
              {STATUS_LABELS[source.status]}
            </span>
            {canManage && (
              <button
                type="button"
                className="button button--quiet"
                aria-disabled={pending}
                onClick={() => !pending && void toggle(source)}
              >
                {source.status === 'paused' ? 'Resume' : 'Pause'}
                <span className="visually-hidden"> this source</span>
              </button>
            )}
          </dd>
        </div>
        <div>
          <dt>Connected</dt>
          <dd>
            <time dateTime={source.createdAt}>{formatTime(source.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <CopyField label="Webhook URL" value={source.webhookUrl} />
      <details className="source-help">
        <summary>How to connect it</summary>
        <ol className="source-steps">
          {KIND_STEPS[source.kind].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>

      {rotated && (
        <SourceConnected
          result={rotated}
          title={source.kind === 'webhook' ? 'New signing secret' : 'New Google Ads key'}
          doneLabel="I have updated the platform"
          onDone={() => setRotated(null)}
        />
      )}
      {canManage && !rotated && (source.kind === 'google_ads' || source.kind === 'webhook') && (
        <ConfirmSection
          title={source.kind === 'webhook' ? 'Signing secret' : 'Google Ads key'}
          description="Rotate it if it may have leaked. The old one stops working at once, so paste the new one into the platform right away."
          question="Rotate the secret now?"
          detail="Deliveries signed with the old one are refused from now on."
          confirmLabel="Rotate"
          onConfirm={() =>
            act(async () => {
              const result = await rotateLeadSourceSecret(source.id)
              setData(result.source)
              setRotated(result)
              return 'A new secret was made; copy it now.'
            })
          }
        >
          Rotate the secret
        </ConfirmSection>
      )}
      {canManage && (source.kind === 'facebook' || source.kind === 'linkedin') && (
        <ReplaceTokenForm source={source} onReplaced={setData} onUnauthorized={onSessionExpired} />
      )}

      {canManage ? (
        <DeliveryLog sourceId={source.id} onSessionExpired={onSessionExpired} />
      ) : (
        <p className="muted">Owners and admins see this source’s delivery log.</p>
      )}

      {canManage && (
        <ConfirmSection
          danger
          title="Archive this source"
          description="Its webhook stops taking leads (404) and its account can be connected again. Leads it brought stay."
          question={`Archive “${source.name}”?`}
          confirmLabel="Archive"
          onConfirm={() =>
            act(async () => {
              await archiveLeadSource(source.id)
              navigate(pathTo('lead-sources'))
              return 'Archived.'
            })
          }
        >
          Archive
        </ConfirmSection>
      )}
    </>
  )
}
