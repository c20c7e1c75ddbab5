import { type FormEvent, useId, useState } from 'react'
import { type DateRange, MAX_DAYS, PRESETS, presetRange, rangeProblem } from './date-range.ts'

/**
 * The period: three presets and a custom range. A preset applies at once; custom dates apply
 * with their button, so the report is not reloaded on every keystroke in a date field.
 */
export function DateRangeFilter({
  range,
  today,
  onChange,
}: {
  range: DateRange
  today: string
  onChange: (range: DateRange) => void
}) {
  const id = useId()
  const [custom, setCustom] = useState(range.preset === 'custom')
  const [from, setFrom] = useState(range.from)
  const [to, setTo] = useState(range.to)
  const [error, setError] = useState('')

  function pick(preset: DateRange['preset']) {
    setError('')
    if (preset === 'custom') {
      setCustom(true)
      setFrom(range.from)
      setTo(range.to)
      return
    }
    setCustom(false)
    onChange(presetRange(preset, today))
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = rangeProblem(from, to, today)
    setError(problem)
    if (!problem) onChange({ preset: 'custom', from, to })
  }

  const selected = custom ? 'custom' : range.preset
  return (
    <form className="qr-range" onSubmit={apply} aria-label="Date range" noValidate>
      <fieldset className="qr-range__presets">
        <legend>Period</legend>
        {[...PRESETS, { id: 'custom', label: 'Custom' } as const].map((preset) => (
          <label key={preset.id} className="qr-range__choice">
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
        <div className="qr-range__custom">
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
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
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
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            />
          </div>
          <button type="submit" className="button">
            Show this period
          </button>
          <p id={`${id}-hint`} className="field-hint muted qr-range__hint">
            Days in UTC, both included; at most {MAX_DAYS} days.
          </p>
          <p id={`${id}-error`} role="alert" className="field-error qr-range__hint">
            {error}
          </p>
        </div>
      )}
    </form>
  )
}
