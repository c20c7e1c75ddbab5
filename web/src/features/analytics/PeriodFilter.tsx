import { type FormEvent, useId, useState } from 'react'
import {
  MAX_DAYS,
  type Period,
  PRESETS,
  type PresetId,
  presetPeriod,
  rangeProblem,
} from './analytics-range.ts'

/**
 * The period and the comparison. A preset applies at once; custom dates apply with their button,
 * so the dashboard is not reloaded on every keystroke in a date field.
 */
export function PeriodFilter({
  period,
  compare,
  today,
  onChange,
}: {
  period: Period
  compare: boolean
  today: string
  onChange: (period: Period, compare: boolean) => void
}) {
  const id = useId()
  const [custom, setCustom] = useState(period.preset === 'custom')
  const [from, setFrom] = useState(period.from)
  const [to, setTo] = useState(period.to)
  const [error, setError] = useState('')
  const [shown, setShown] = useState(period)
  // A period chosen elsewhere (a link, Back) becomes what the fields show.
  if (shown.from !== period.from || shown.to !== period.to || shown.preset !== period.preset) {
    setShown(period)
    setFrom(period.from)
    setTo(period.to)
    setCustom(period.preset === 'custom')
  }

  function pick(preset: PresetId | 'custom') {
    setError('')
    if (preset === 'custom') {
      setCustom(true)
      setFrom(period.from)
      setTo(period.to)
      return
    }
    setCustom(false)
    onChange(presetPeriod(preset, today), compare)
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = rangeProblem(from, to, today)
    setError(problem)
    if (!problem) onChange({ preset: 'custom', from, to }, compare)
  }

  const selected = custom ? 'custom' : period.preset
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`
  return (
    <form className="an-period" onSubmit={apply} aria-label="Period" noValidate>
      <fieldset className="an-period__presets">
        <legend>Period</legend>
        {[...PRESETS, { id: 'custom', label: 'Custom' } as const].map((preset) => (
          <label key={preset.id} className="an-choice">
            <input
              type="radio"
              name={`${id}-preset`}
              value={preset.id}
              checked={selected === preset.id}
              onChange={() => pick(preset.id)}
            />
            <span>{preset.label}</span>
          </label>
        ))}
      </fieldset>
      {custom && (
        <div className="an-period__custom">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              max={today}
              required
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              min={from || undefined}
              required
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
          </div>
          <button type="submit" className="button">
            Show this period
          </button>
          <p id={`${id}-hint`} className="field-hint muted an-period__hint">
            Days in UTC, both included; at most {MAX_DAYS} days.
          </p>
          <p id={`${id}-error`} role="alert" className="field-error an-period__hint">
            {error}
          </p>
        </div>
      )}
      <label className="an-toggle">
        <input type="checkbox" checked={compare} onChange={(e) => onChange(period, e.target.checked)} />
        <span>Compare with the previous period</span>
      </label>
    </form>
  )
}
