import { forwardRef } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
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
  return (
    <ScrollTable
      ref={ref}
      caption="Dead letters, newest first"
      className="data-table dead-letters"
      columns={['Parked', 'Queue', 'Organisation', 'Attempts', 'Message', { hidden: 'Replay' }]}
    >
      {letters.map((letter) => (
        <tr key={letter.id}>
          <th scope="row" className="nowrap">
            <time dateTime={letter.createdAt}>{when(letter.createdAt)}</time>
          </th>
          <td>{queueLabel(letter.queue)}</td>
          <td>{letter.tenantId ? <code>{letter.tenantId}</code> : <span className="muted">None</span>}</td>
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
    </ScrollTable>
  )
})
