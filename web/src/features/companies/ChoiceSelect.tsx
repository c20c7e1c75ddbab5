import { useId } from 'react'

/** A labelled select whose error is read with it; a value not among the options stays shown. */
export function ChoiceSelect({
  label,
  value,
  options,
  error,
  onChange,
}: {
  label: string
  value: string
  options: readonly { value: string; label: string }[]
  error?: string
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {!options.some((o) => o.value === value) && <option value={value}>Current choice</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
