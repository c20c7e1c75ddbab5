import { type FormEvent, useId, useState } from 'react'
import type { DeadLetterFilter, DeadLetterQueue } from './dead-letters-api.ts'

const QUEUES: Record<DeadLetterQueue, string> = {
  'leads-dlq': 'Leads',
  'email-dlq': 'E-mail and WhatsApp alerts',
  'events-dlq': 'Events (QR scans)',
  'exports-dlq': 'Exports and QR batches',
  'webhooks-dlq': 'Outbound webhooks',
  'crm-dlq': 'CRM jobs (imports, reminders, scores, automations)',
}

export const queueLabel = (queue: string) => QUEUES[queue as DeadLetterQueue] ?? queue

export function DeadLetterFilters({
  applied,
  onApply,
}: {
  applied: DeadLetterFilter
  onApply: (filter: DeadLetterFilter) => void
}) {
  const id = useId()
  const [queue, setQueue] = useState(applied.queue)
  const [replayed, setReplayed] = useState(applied.replayed)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onApply({ queue, replayed })
  }

  return (
    <search aria-label="Filter dead letters">
      <form className="form filters" onSubmit={submit}>
        <div className="filters__fields">
          <div className="field">
            <label htmlFor={`${id}-queue`}>Queue</label>
            <select
              id={`${id}-queue`}
              value={queue}
              onChange={(e) => setQueue(e.target.value as DeadLetterFilter['queue'])}
            >
              <option value="">Every queue</option>
              {Object.entries(QUEUES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-replayed`}>State</label>
            <select
              id={`${id}-replayed`}
              value={replayed}
              onChange={(e) => setReplayed(e.target.value as DeadLetterFilter['replayed'])}
            >
              <option value="false">Waiting</option>
              <option value="true">Replayed</option>
              <option value="">Either</option>
            </select>
          </div>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Show
          </button>
        </div>
      </form>
    </search>
  )
}
