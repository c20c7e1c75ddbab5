import { type FormEvent, useId, useState } from 'react'
import type { GroupBy } from './attribution-api.ts'
import { GROUPS, MAX_HALF_LIFE_HOURS, MIN_HALF_LIFE_HOURS } from './attribution-format.ts'

const GROUP_IDS = Object.keys(GROUPS) as GroupBy[]

/** What to credit (applies at once) and the time-decay half-life (applies with its button). */
export function AttributionControls({
  groupBy,
  halfLifeHours,
  onChange,
}: {
  groupBy: GroupBy
  halfLifeHours: number
  onChange: (groupBy: GroupBy, halfLifeHours: number) => void
}) {
  const id = useId()
  const [hours, setHours] = useState(String(halfLifeHours))
  const [error, setError] = useState('')

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const value = Number(hours)
    if (
      hours.trim() === '' ||
      !Number.isFinite(value) ||
      value < MIN_HALF_LIFE_HOURS ||
      value > MAX_HALF_LIFE_HOURS
    ) {
      setError(`Enter a number of hours from ${MIN_HALF_LIFE_HOURS} to ${MAX_HALF_LIFE_HOURS}.`)
      return
    }
    setError('')
    onChange(groupBy, value)
  }

  return (
    <form className="an-attribution-controls" onSubmit={apply} noValidate aria-label="Attribution options">
      <div className="field">
        <label htmlFor={`${id}-group`}>Credit by</label>
        <select
          id={`${id}-group`}
          value={groupBy}
          onChange={(e) => onChange(e.target.value as GroupBy, halfLifeHours)}
        >
          {GROUP_IDS.map((group) => (
            <option key={group} value={group}>
              {GROUPS[group].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-half-life`}>Time-decay half-life (hours)</label>
        <input
          id={`${id}-half-life`}
          className="an-attribution-controls__hours"
          type="number"
          inputMode="decimal"
          min={MIN_HALF_LIFE_HOURS}
          max={MAX_HALF_LIFE_HOURS}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="field-hint muted">
          A touch this long before the lead counts half as much as one at the lead.
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        Apply the half-life
      </button>
    </form>
  )
}
