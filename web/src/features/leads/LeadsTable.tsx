import { type Ref, useId } from 'react'
import { SelectAllBox } from '../../app/components/SelectAllBox.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { formatReceived, SOURCE_LABELS, STATUS_LABELS, telHref } from './lead-format.ts'
import type { Lead } from './leads-api.ts'
import { SlaStatus } from './SlaStatus.tsx'
import type { People } from './usePeople.ts'

interface Props {
  leads: readonly Lead[]
  fresh: ReadonlySet<string>
  /** Null when the viewer cannot change leads: no selection column then. */
  selected: ReadonlySet<string> | null
  onSelect: (leadIds: readonly string[], on: boolean) => void
  people: People
  branchName: (branchId: string) => string
  ref?: Ref<HTMLElement>
}

export function LeadsTable({ leads, fresh, selected, onSelect, people, branchName, ref }: Props) {
  const captionId = useId()
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="leads-table">
        <caption id={captionId}>Leads, newest first</caption>
        <thead>
          <tr>
            {selected && (
              <td className="leads-table__select">
                <SelectAllBox
                  ids={leads.map((l) => l.id)}
                  selected={selected}
                  onSelect={onSelect}
                  label="Select every lead shown"
                />
              </td>
            )}
            <th scope="col">Name</th>
            <th scope="col">Contact</th>
            <th scope="col">Source</th>
            <th scope="col">Branch</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col">Response</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} className={fresh.has(lead.id) ? 'is-new' : undefined}>
              {selected && (
                <td className="leads-table__select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${lead.name}`}
                    checked={selected.has(lead.id)}
                    onChange={(e) => onSelect([lead.id], e.target.checked)}
                  />
                </td>
              )}
              <th scope="row">
                <a href={pathTo('lead', { leadId: lead.id })} onClick={handleLinkClick}>
                  {lead.name}
                </a>
                {lead.spam.marked && <span className="badge badge--danger lead-spam">Spam</span>}
              </th>
              <td>
                <Contact lead={lead} />
              </td>
              <td>{SOURCE_LABELS[lead.source]}</td>
              <td>{branchName(lead.branchId)}</td>
              <td>
                {lead.ownerUserId ? (
                  people.nameOf(lead.ownerUserId)
                ) : (
                  <span className="muted">Unassigned</span>
                )}
              </td>
              <td>
                <span className="badge" data-status={lead.status}>
                  {STATUS_LABELS[lead.status]}
                </span>
              </td>
              <td className="nowrap">
                <SlaStatus sla={lead.sla} />
              </td>
              <td className="nowrap">
                <time dateTime={lead.createdAt}>{formatReceived(lead.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Contact({ lead }: { lead: Lead }) {
  if (!lead.email && !lead.phone) return <Missing />
  return (
    <ul className="plain-list">
      {lead.email && (
        <li>
          <a href={`mailto:${lead.email}`}>{lead.email}</a>
        </li>
      )}
      {lead.phone && (
        <li className="nowrap">
          <a href={telHref(lead.phone)}>{lead.phone}</a>
        </li>
      )}
    </ul>
  )
}

export function Missing() {
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">Not given</span>
    </>
  )
}
