import { useId } from 'react'
import { TextField } from '../../app/components/TextField.tsx'
import { EVENT_HINTS, EVENT_ORDER } from './webhook-format.ts'
import type { WebhookEventType } from './webhooks-api.ts'

export interface EndpointDraft {
  url: string
  description: string
  events: WebhookEventType[]
}

export const emptyDraft = (): EndpointDraft => ({ url: '', description: '', events: ['lead.created'] })

/** The address, a note and the events: the same fields to add an endpoint and to change one. */
export function EndpointFields({
  draft,
  errors,
  formErrorId,
  onChange,
}: {
  draft: EndpointDraft
  errors: Record<string, string>
  formErrorId: string
  onChange: (patch: Partial<EndpointDraft>) => void
}) {
  const id = useId()
  const toggle = (event: WebhookEventType, on: boolean) =>
    onChange({
      events: on
        ? EVENT_ORDER.filter((e) => e === event || draft.events.includes(e))
        : draft.events.filter((e) => e !== event),
    })
  return (
    <>
      <TextField
        label="Endpoint URL"
        hint="A public https:// address that accepts POST requests, such as a Zapier or Make webhook URL."
        type="url"
        required
        maxLength={2048}
        autoComplete="off"
        spellCheck={false}
        value={draft.url}
        error={errors.url}
        formErrorId={formErrorId}
        onChange={(e) => onChange({ url: e.target.value })}
      />
      <TextField
        label="Description (optional)"
        hint="What it feeds, so the team knows, such as “Sales CRM”."
        maxLength={200}
        autoComplete="off"
        value={draft.description}
        error={errors.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      <fieldset
        className="webhook-events"
        aria-describedby={errors.events ? `${id}-events-error` : undefined}
      >
        <legend className="webhook-events__legend">Events to send</legend>
        {EVENT_ORDER.map((event) => (
          <div key={event} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${event}`}
              checked={draft.events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
              aria-describedby={`${id}-${event}-hint`}
            />
            <label htmlFor={`${id}-${event}`}>
              <code>{event}</code>
            </label>
            <span id={`${id}-${event}-hint`} className="muted webhook-events__hint">
              {EVENT_HINTS[event]}
            </span>
          </div>
        ))}
        {errors.events && (
          <p id={`${id}-events-error`} className="field-error">
            {errors.events}
          </p>
        )}
      </fieldset>
    </>
  )
}
