import { useId } from 'react'
import { fromLocalInput } from './activity-format.ts'

/** Minutes before the due (or start) time, or a set time. */
export type ReminderChoice =
  | { kind: 'none' }
  | { kind: 'before'; minutes: number }
  | { kind: 'at'; local: string }

export const NO_REMINDER: ReminderChoice = { kind: 'none' }

const BEFORE = [
  [0, 'At the due time'],
  [15, '15 minutes before'],
  [60, '1 hour before'],
  [24 * 60, '1 day before'],
] as const

/** The instant a choice names, given the due (or start) instant; undefined when it needs one. */
export function reminderAt(choice: ReminderChoice, dueIso: string | null): string | null | undefined {
  if (choice.kind === 'none') return null
  if (choice.kind === 'at') return fromLocalInput(choice.local)
  if (!dueIso) return undefined
  return new Date(Date.parse(dueIso) - choice.minutes * 60_000).toISOString()
}

/** When to be reminded: nothing, a while before it is due, or at a set time. */
export function ReminderPicker({
  value,
  onChange,
  error,
  relativeTo,
}: {
  value: ReminderChoice
  onChange: (choice: ReminderChoice) => void
  error?: string
  /** "due time" or "start": what the relative choices count back from. */
  relativeTo: string
}) {
  const id = useId()
  const selected = value.kind === 'before' ? String(value.minutes) : value.kind
  return (
    <fieldset className="field reminder-picker">
      <legend>Reminder</legend>
      <label htmlFor={`${id}-when`} className="visually-hidden">
        When to remind
      </label>
      <select
        id={`${id}-when`}
        value={selected}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const v = e.target.value
          if (v === 'none') onChange({ kind: 'none' })
          else if (v === 'at') onChange({ kind: 'at', local: value.kind === 'at' ? value.local : '' })
          else onChange({ kind: 'before', minutes: Number(v) })
        }}
      >
        <option value="none">No reminder</option>
        {BEFORE.map(([minutes, label]) => (
          <option key={minutes} value={minutes}>
            {label.replace('due time', relativeTo)}
          </option>
        ))}
        <option value="at">At a set time…</option>
      </select>
      {value.kind === 'at' && (
        <div className="field">
          <label htmlFor={`${id}-at`}>Remind me at</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={value.local}
            onChange={(e) => onChange({ kind: 'at', local: e.target.value })}
          />
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
