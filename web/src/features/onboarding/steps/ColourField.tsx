import { useId } from 'react'
import { COLOUR_PRESETS } from '../defaults.ts'

/**
 * A colour as a row of one-tap swatches plus the browser's colour picker for anything else.
 * `optionalLabel` adds a first choice meaning "none" (value '').
 */
export function ColourField({
  legend,
  hint,
  value,
  onChange,
  error,
  optionalLabel,
  fallback,
}: {
  legend: string
  hint?: string
  value: string
  onChange: (hex: string) => void
  error?: string
  optionalLabel?: string
  /** What the picker shows while the value is '' (the colour "none" falls back to). */
  fallback?: string
}) {
  const id = useId()
  const custom = value !== '' && !COLOUR_PRESETS.some((preset) => preset.hex === value)
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className="colour-field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      <div className="colour-field__swatches">
        {optionalLabel !== undefined && (
          <label className="colour-field__none">
            <input type="radio" name={id} value="" checked={value === ''} onChange={() => onChange('')} />
            <span>{optionalLabel}</span>
          </label>
        )}
        {COLOUR_PRESETS.map((preset) => (
          <label key={preset.hex} className="swatch" title={preset.name}>
            <input
              type="radio"
              name={id}
              value={preset.hex}
              checked={value === preset.hex}
              onChange={() => onChange(preset.hex)}
            />
            <span className="swatch__chip" style={{ background: preset.hex }} aria-hidden="true" />
            <span className="visually-hidden">{preset.name}</span>
          </label>
        ))}
      </div>
      <div className="colour-field__custom">
        <label htmlFor={`${id}-picker`}>{custom ? 'Your colour' : 'Another colour'}</label>
        <input
          id={`${id}-picker`}
          type="color"
          value={value || fallback || COLOUR_PRESETS[0].hex}
          onChange={(e) => onChange(e.target.value.toLowerCase())}
          aria-invalid={error ? true : undefined}
        />
        <span className="colour-field__hex">{value || 'none'}</span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
