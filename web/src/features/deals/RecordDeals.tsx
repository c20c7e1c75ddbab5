import { useCallback, useId, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { dealValue, STATUS_LABELS } from './deal-format.ts'
import { listPipelines, listRecordDeals } from './deals-api.ts'
import { NewDealDialog } from './NewDealDialog.tsx'

type Props = ({ contactId: string } | { companyId: string }) & {
  /** The record's name, to prefill a new deal's contact or company. */
  name?: string
  canWrite?: boolean
  onSessionExpired?: () => void
}

const ignore = () => {}

/** A contact's or company's deals with their stage and value, and "New deal" prefilled. */
export function RecordDeals(props: Props) {
  const { canWrite = true, onSessionExpired = ignore } = props
  const isContact = 'contactId' in props
  const key = 'contactId' in props ? props.contactId : props.companyId
  const ref = isContact ? { contactId: key } : { companyId: key }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the record id is the whole dependency
  const fetchDeals = useCallback((signal?: AbortSignal) => listRecordDeals(ref, signal), [key])
  const deals = useResource(fetchDeals, onSessionExpired)
  const pipelines = useResource(listPipelines, onSessionExpired)
  const choices = useRecordChoices('deal', onSessionExpired)
  const [creating, setCreating] = useState(false)
  const headingId = useId()
  const stageName = (stageId: string) =>
    pipelines.data?.flatMap((p) => p.stages).find((s) => s.id === stageId)?.name ?? 'A stage'
  const pipeline = pipelines.data?.find((p) => p.isDefault) ?? pipelines.data?.[0]
  const prefill = { id: key, name: props.name ?? 'This record', detail: '' }

  return (
    <section className="record-panel record-deals" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-title">
          Deals
        </h2>
        {canWrite && pipeline && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            New deal
          </button>
        )}
      </div>
      {deals.error && <LoadError onRetry={deals.reload}>Could not load the deals. {deals.error}</LoadError>}
      {!deals.data && !deals.error && <p className="muted">Loading deals…</p>}
      {deals.data && deals.data.items.length === 0 && <p className="muted">No deals yet.</p>}
      {deals.data && deals.data.items.length > 0 && (
        <ul className="record-deals__list">
          {deals.data.items.map((deal) => (
            <li key={deal.id}>
              <a href={pathTo('deal', { dealId: deal.id })} onClick={handleLinkClick}>
                <bdi>{deal.name}</bdi>
              </a>
              <span className="muted">
                {' '}
                · {stageName(deal.stageId)} · {dealValue(deal)}
                {deal.status !== 'open' && ` · ${STATUS_LABELS[deal.status]}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating && pipeline && (
        <NewDealDialog
          pipeline={pipeline}
          choices={choices}
          contact={isContact ? prefill : null}
          company={isContact ? null : prefill}
          onCreated={() => deals.reload()}
          onClose={() => setCreating(false)}
          onSessionExpired={onSessionExpired}
        />
      )}
    </section>
  )
}
