import { forwardRef, useId } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { queueLabel } from './DeadLetterFilters.tsx'
import type { DeadLetter } from './dead-letters-api.ts'

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (iso: string) => timeFormat.format(new Date(iso))

/** The message as it was queued, pretty-printed; React escapes it, so a payload's markup stays text. */
function MessageBody({ letter }: { letter: DeadLetter }) {
  return (
    <details className="dead-letter__body">
      <summary>
        Message<span className="visually-hidden"> {letter.messageId}</span>
      </summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long body scrolls, and must by keyboard too */}
      <pre tabIndex={0}>
        <code>{JSON.stringify(letter.body, null, 2)}</code>
      </pre>
    </details>
  )
}

export const DeadLettersTable = forwardRef<
  HTMLElement,
  { letters: readonly DeadLetter[]; onReplay: (letter: DeadLetter) => Promise<boolean> }
>(function DeadLettersTable({ letters, onReplay }, ref) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table dead-letters">
        <caption id={captionId}>Dead letters, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Parked</th>
            <th scope="col">Queue</th>
            <th scope="col">Organisation</th>
            <th scope="col">Attempts</th>
            <th scope="col">Message</th>
            <th scope="col">
              <span className="visually-hidden">Replay</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {letters.map((letter) => (
            <tr key={letter.id}>
              <th scope="row" className="nowrap">
                <time dateTime={letter.createdAt}>{when(letter.createdAt)}</time>
              </th>
              <td>{queueLabel(letter.queue)}</td>
              <td>
                {letter.tenantId ? <code>{letter.tenantId}</code> : <span className="muted">None</span>}
              </td>
              <td>{letter.attempts}</td>
              <td>
                <MessageBody letter={letter} />
              </td>
              <td>
                {letter.replayedAt ? (
                  <span className="badge badge--muted">
                    Replayed <time dateTime={letter.replayedAt}>{when(letter.replayedAt)}</time>
                  </span>
                ) : letter.replayQueue ? (
                  <ConfirmButton
                    question={`Send this message back to the ${letter.replayQueue} queue?`}
                    detail={`Its consumer runs it again once; work it already did is not repeated.`}
                    confirmLabel="Replay"
                    onConfirm={() => onReplay(letter)}
                  >
                    Replay<span className="visually-hidden"> message parked {when(letter.createdAt)}</span>
                  </ConfirmButton>
                ) : (
                  <span className="muted">No queue to return to</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
})
