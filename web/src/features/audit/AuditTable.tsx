import { type Ref, useId } from 'react'
import type { AuditEvent } from './audit-api.ts'
import { actionLabel, formatWhen, originOf } from './audit-format.ts'

export function AuditTable({ events, ref }: { events: readonly AuditEvent[]; ref?: Ref<HTMLElement> }) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">From where</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="nowrap">
                <time dateTime={event.createdAt}>{formatWhen(event.createdAt)}</time>
              </td>
              <td className="cell-wrap">
                {event.actor.label}
                {event.impersonatorId && <span className="muted"> (through Vitrine support)</span>}
              </td>
              <th scope="row" className="cell-wrap">
                {actionLabel(event.action)}
                <span className="muted cell-code"> {event.action}</span>
              </th>
              <td className="cell-wrap">
                {event.target ? (
                  <>
                    {event.target.type.replaceAll('_', ' ')} <code>{event.target.id}</code>
                  </>
                ) : (
                  <Missing />
                )}
              </td>
              <td className="cell-wrap">
                {originOf(event) || <Missing />}
                {event.userAgent && (
                  <span className="muted cell-agent" title={event.userAgent}>
                    {event.userAgent}
                  </span>
                )}
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
      <span className="visually-hidden">None</span>
    </>
  )
}
