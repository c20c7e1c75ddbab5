import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { dealValue, formatCloseDate } from './deal-format.ts'
import type { DealDetail } from './deals-api.ts'

/** A deal's fields as labelled facts, its custom fields after the built-in ones. */
export function DealFacts({ deal, choices }: { deal: DealDetail; choices: RecordChoices }) {
  const custom = choices.defs.filter((def) => {
    const v = deal.customFields[def.key]
    return v !== undefined && v !== null && v !== ''
  })
  return (
    <dl className="record-facts">
      <div>
        <dt>Value</dt>
        <dd>{dealValue(deal)}</dd>
      </div>
      <div>
        <dt>Expected close</dt>
        <dd>{deal.expectedCloseDate ? formatCloseDate(deal.expectedCloseDate) : 'Not set'}</dd>
      </div>
      <div>
        <dt>Owner</dt>
        <dd>
          <bdi>{choices.ownerName(deal.ownerUserId)}</bdi>
        </dd>
      </div>
      <div>
        <dt>Branch</dt>
        <dd>
          <bdi>{choices.branchName(deal.branchId)}</bdi>
        </dd>
      </div>
      <div>
        <dt>Contact</dt>
        <dd>
          {deal.contact ? (
            <a href={pathTo('contact', { contactId: deal.contact.id })} onClick={handleLinkClick}>
              <bdi>{deal.contact.name}</bdi>
            </a>
          ) : (
            'None'
          )}
        </dd>
      </div>
      <div>
        <dt>Company</dt>
        <dd>
          {deal.company ? (
            <a href={pathTo('company', { companyId: deal.company.id })} onClick={handleLinkClick}>
              <bdi>{deal.company.name}</bdi>
            </a>
          ) : (
            'None'
          )}
        </dd>
      </div>
      {deal.status !== 'open' && (
        <div>
          <dt>{deal.status === 'won' ? 'Why it was won' : 'Why it was lost'}</dt>
          <dd>
            <bdi>{deal.closeReason ?? 'Not said'}</bdi>
          </dd>
        </div>
      )}
      {custom.map((def) => {
        const value = deal.customFields[def.key]
        return (
          <div key={def.key}>
            <dt>
              <bdi>{def.label}</bdi>
            </dt>
            <dd>
              <bdi>{Array.isArray(value) ? value.join(', ') : String(value)}</bdi>
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
