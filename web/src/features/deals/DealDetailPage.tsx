import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx'
import { ActivitySection } from '../crm-records/ActivitySection.tsx'
import { DetailsSection } from '../crm-records/DetailsSection.tsx'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { DealFacts } from './DealFacts.tsx'
import { DealForm } from './DealForm.tsx'
import { dealValue, STATUS_LABELS } from './deal-format.ts'
import { deleteDeal, getDeal, listPipelines, undoDelete } from './deals-api.ts'
import { StageControl } from './StageControl.tsx'
import { StageHistory } from './StageHistory.tsx'

interface Props {
  dealId: string
  session: Session
  onSessionExpired: () => void
}

/** One deal: its stage (movable here too, for phones), details, history, activity and files. */
export function DealDetailPage({ dealId, session, onSessionExpired }: Props) {
  const fetchDeal = useCallback((signal?: AbortSignal) => getDeal(dealId, signal), [dealId])
  const detail = useResource(fetchDeal, onSessionExpired)
  const pipelines = useResource(listPipelines, onSessionExpired)
  const choices = useRecordChoices('deal', onSessionExpired)
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState('')
  const [notice, setNotice] = useState('')
  const [deleted, setDeleted] = useState<string | null>(null)
  const canWrite = session.permissions.includes('crm.write')
  const canDelete = session.permissions.includes('crm.delete')
  const deal = detail.data
  const pipeline = pipelines.data?.find((p) => p.id === deal?.pipelineId)

  // Someone else moving or editing it shows here without a reload.
  useTenantEvents((message) => {
    if (message.type !== 'crm.deal' || message.deal.id !== dealId) return
    if (message.change === 'deleted') setNotice('This deal was deleted.')
    else if (message.deal.version !== detail.data?.version) detail.reload()
  })

  const stale = (message: string) => {
    setNotice(`${message}. Check it and try again.`)
    setEditing(false)
    detail.reload()
  }

  async function remove(): Promise<boolean> {
    try {
      const gone = await deleteDeal(dealId)
      setDeleted(gone.crmUndoId)
      setStatus('Deleted.')
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setNotice(`Could not delete the deal: ${messageOf(cause)}`)
      return false
    }
  }

  return (
    <>
      <p className="back-link">
        <a
          href={`${pathTo('deals')}${deal ? `?pipeline=${encodeURIComponent(deal.pipelineId)}` : ''}`}
          onClick={handleLinkClick}
        >
          <span aria-hidden="true">← </span>Deals board
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>{deal ? <bdi>{deal.name}</bdi> : 'Deal'}</h1>
        {deal && deal.status !== 'open' && (
          <span className="badge" data-status={deal.status}>
            {STATUS_LABELS[deal.status]}
          </span>
        )}
      </div>
      {deal && <p className="muted record-subtitle">{dealValue(deal)}</p>}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {notice && (
        <p role="alert" className="notice notice--warning">
          {notice}
        </p>
      )}
      {!deal && detail.error && (
        <LoadError onRetry={detail.reload}>Could not load this deal. {detail.error}</LoadError>
      )}
      {!deal && !detail.error && (
        <p role="status" className="muted" data-screen-loading="">
          Loading the deal…
        </p>
      )}
      {deal && deleted && (
        <DeletedDeal
          name={deal.name}
          crmUndoId={deleted}
          boardPath={`${pathTo('deals')}?pipeline=${encodeURIComponent(deal.pipelineId)}`}
          onRestored={() => {
            setDeleted(null)
            detail.reload()
          }}
          onSessionExpired={onSessionExpired}
        />
      )}
      {deal && !deleted && (
        <div className="record-layout">
          <div className="record-main">
            {pipeline && (
              <StageControl
                deal={deal}
                pipeline={pipeline}
                canWrite={canWrite}
                onMoved={(moved) => {
                  setNotice('')
                  setStatus(
                    `Moved to ${pipeline.stages.find((s) => s.id === moved.stageId)?.name ?? 'the stage'}.`,
                  )
                  detail.reload()
                }}
                onStale={stale}
                onSessionExpired={onSessionExpired}
              />
            )}
            <DetailsSection canEdit={canWrite && !editing} onEdit={() => setEditing(true)}>
              {editing ? (
                <DealForm
                  deal={deal}
                  choices={choices}
                  onSaved={() => {
                    setEditing(false)
                    setStatus('Saved.')
                    detail.reload()
                  }}
                  onStale={stale}
                  onCancel={() => setEditing(false)}
                  onSessionExpired={onSessionExpired}
                />
              ) : (
                <DealFacts deal={deal} choices={choices} />
              )}
            </DetailsSection>
            <ActivitySection
              about={{ dealId: deal.id }}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
          </div>
          <div className="record-side">
            <StageHistory history={deal.history} ownerName={choices.ownerName} />
            <AttachmentsPanel
              entity="deal"
              entityId={deal.id}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
            {canDelete && (
              <ConfirmButton
                question={`Delete “${deal.name}”?`}
                detail="It leaves the board, lists and reports at once; you can undo this for a few minutes."
                confirmLabel="Delete deal"
                onConfirm={remove}
              >
                Delete deal
              </ConfirmButton>
            )}
          </div>
        </div>
      )}
    </>
  )
}

interface DeletedProps {
  name: string
  crmUndoId: string
  boardPath: string
  onRestored: () => void
  onSessionExpired: () => void
}

/** Said after a delete, with the way back while the undo window lasts. */
function DeletedDeal({ name, crmUndoId, boardPath, onRestored, onSessionExpired }: DeletedProps) {
  const [error, setError] = useState('')
  async function undo() {
    try {
      await undoDelete(crmUndoId)
      onRestored()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    }
  }
  return (
    <div className="notice" role="status">
      <p>
        “<bdi>{name}</bdi>” was deleted.
      </p>
      <p className="button-row">
        <button type="button" className="button" onClick={undo}>
          Undo
        </button>
        <a href={boardPath} onClick={handleLinkClick}>
          Back to the board
        </a>
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}
