import { useId } from 'react'

export interface Option {
  id: string
  label: string
}

/** A group of checkboxes with a legend; the value is the ids ticked, in option order. */
export function CheckList({
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: {
  legend: string
  hint?: string
  options: readonly Option[]
  value: readonly string[]
  onChange: (value: string[]) => void
  error?: string
}) {
  const id = useId()
  const toggle = (optionId: string, on: boolean) =>
    onChange(options.map((o) => o.id).filter((o) => (o === optionId ? on : value.includes(o))))
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <fieldset
      className="routing-checklist"
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="routing-legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      {options.length === 0 && <p className="muted">None to choose from.</p>}
      <ul className="plain-list">
        {options.map((option) => (
          <li key={option.id} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${option.id}`}
              checked={value.includes(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
