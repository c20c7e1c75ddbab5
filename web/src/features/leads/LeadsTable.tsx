import { type Ref, useId } from 'react'
import type { Lead } from '../../api/leads.ts'
import { formatReceived, STATUS_LABELS, telHref } from './lead-format.ts'

interface Props {
  leads: readonly Lead[]
  fresh: ReadonlySet<string>
  ref?: Ref<HTMLElement>
}

export function LeadsTable({ leads, fresh, ref }: Props) {
  const captionId = useId()
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="leads-table">
        <caption id={captionId}>Leads, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} className={fresh.has(lead.id) ? 'is-new' : undefined}>
              <th scope="row">{lead.name}</th>
              <td>{lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : <Missing />}</td>
              <td className="nowrap">
                {lead.phone ? <a href={telHref(lead.phone)}>{lead.phone}</a> : <Missing />}
              </td>
              <td className="cell-message">{lead.message || <Missing />}</td>
              <td>
                <span className="badge" data-status={lead.status}>
                  {STATUS_LABELS[lead.status]}
                </span>
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

function Missing() {
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">Not given</span>
    </>
  )
}
