import { type FormEvent, type ReactNode, useId, useState } from 'react'

export interface PeriodValue<P extends string> {
  preset: P | 'custom'
  /** YYYY-MM-DD, both included. */
  from: string
  to: string
}

/**
 * A period: preset choices and "Custom". A preset applies at once (`onPreset`); custom dates
 * apply with their button (`onCustom`, once `problem` finds nothing wrong), so a report is not
 * fetched on every keystroke in a date field. Classes are `block`, `block__presets`,
 * `block__legend`, `block__choice`, `block__custom` and `block__hint`; `children` go last.
 */
export function PeriodForm<P extends string>({
  label,
  block,
  presets,
  value,
  max,
  hint,
  problem,
  onPreset,
  onCustom,
  children,
}: {
  /** The form's accessible name. */
  label: string
  block: string
  presets: readonly { id: P; label: string }[]
  value: PeriodValue<P>
  /** The latest day a custom period may start on (today), if any. */
  max?: string
  hint: string
  problem: (from: string, to: string) => string
  onPreset: (preset: P) => void
  onCustom: (from: string, to: string) => void
  children?: ReactNode
}) {
  const id = useId()
  const [custom, setCustom] = useState(value.preset === 'custom')
  const [from, setFrom] = useState(value.from)
  const [to, setTo] = useState(value.to)
  const [error, setError] = useState('')
  const [shown, setShown] = useState(value)
  // A period chosen elsewhere (a link, Back) becomes what the fields show.
  if (shown.from !== value.from || shown.to !== value.to || shown.preset !== value.preset) {
    setShown(value)
    setFrom(value.from)
    setTo(value.to)
    setCustom(value.preset === 'custom')
  }

  function pick(preset: P | 'custom') {
    setError('')
    if (preset === 'custom') {
      setCustom(true)
      setFrom(value.from)
      setTo(value.to)
      return
    }
    setCustom(false)
    onPreset(preset)
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = problem(from, to)
    setError(found)
    if (!found) onCustom(from, to)
  }

  const selected = custom ? 'custom' : value.preset
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`
  return (
    <form className={block} onSubmit={apply} aria-label={label} noValidate>
      <fieldset className={`${block}__presets`}>
        <legend className={`${block}__legend`}>Period</legend>
        {[...presets, { id: 'custom' as const, label: 'Custom' }].map((preset) => (
          <label key={preset.id} className={`${block}__choice`}>
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
        <div className={`${block}__custom`}>
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              max={max}
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
          <p id={`${id}-hint`} className={`field-hint muted ${block}__hint`}>
            {hint}
          </p>
          <p id={`${id}-error`} role="alert" className={`field-error ${block}__hint`}>
            {error}
          </p>
        </div>
      )}
      {children}
    </form>
  )
}
