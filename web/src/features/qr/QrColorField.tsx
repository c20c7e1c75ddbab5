import { useId } from 'react'

const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * A colour as a native picker and its hex code, with the designer's refusal (`error`) or
 * advice (`warning`) for it announced with the inputs. With `fallback`, the colour may be left
 * unset ("same as …").
 */
export function QrColorField({
  label,
  value,
  onChange,
  error,
  warning,
  fallback,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  warning?: string
  /** Shown and used while the colour is unset; offers "Use {fallback.label}". */
  fallback?: { label: string; color: string }
}) {
  const id = useId()
  const valid = HEX.test(value)
  const shown = valid ? value.toLowerCase() : (fallback?.color ?? '#000000')
  const describedBy =
    [error ? `${id}-error` : '', warning && !error ? `${id}-warning` : ''].filter(Boolean).join(' ') ||
    undefined
  const invalid = error || (value && !valid) ? true : undefined
  return (
    <fieldset className="color-field qr-color" aria-describedby={describedBy}>
      <legend>{label}</legend>
      <div className="color-field__inputs">
        <input
          type="color"
          aria-label={`${label}: colour picker`}
          value={shown}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          type="text"
          aria-label={`${label}: hex code`}
          value={value}
          placeholder={fallback ? fallback.color : '#111111'}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value.trim())}
        />
        <span className="color-field__swatch" style={{ background: shown }} aria-hidden="true" />
        {fallback && value && (
          <button type="button" className="button button--quiet" onClick={() => onChange('')}>
            Same as {fallback.label}
            <span className="visually-hidden"> for {label.toLowerCase()}</span>
          </button>
        )}
      </div>
      {fallback && !value && <p className="field-hint muted">Same as {fallback.label}.</p>}
      {value && !valid && !error && <p className="field-error">Use a hex colour like #0f766e.</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {warning && !error && (
        <p id={`${id}-warning`} className="field-hint notice--warning qr-warning">
          {warning}
        </p>
      )}
    </fieldset>
  )
}
