import { useId, useMemo } from 'react'
import { countryOptions } from '../defaults.ts'

export function CountrySelect({
  value,
  onChange,
  error,
}: {
  value: string
  onChange: (code: string) => void
  error?: string
}) {
  const id = useId()
  const options = useMemo(() => countryOptions(navigator.language), [])
  return (
    <div className="field">
      <label htmlFor={id}>Country</label>
      <p id={`${id}-hint`} className="field-hint muted">
        Saved with the address.
      </p>
      <select
        id={id}
        name="country"
        autoComplete="country"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
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
