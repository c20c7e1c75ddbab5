import { useId } from 'react'
import type { FieldErrors } from './useSave.ts'

const HEX = /^#[0-9a-fA-F]{6}$/

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast of white text on `hex`, as the x in x:1. */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

/**
 * A colour as a native picker and its hex code side by side, kept in step. With
 * `checkWhiteText`, says whether white text (buttons, the header) stays readable on it.
 */
export function ColorField({
  label,
  path,
  value,
  onChange,
  errors,
  optional,
  checkWhiteText,
}: {
  label: string
  path: string
  value: string
  onChange: (value: string) => void
  errors: FieldErrors
  optional?: boolean
  checkWhiteText?: boolean
}) {
  const id = useId()
  const error = errors.get(path)
  const valid = HEX.test(value)
  const ratio = valid && checkWhiteText ? contrastWithWhite(value) : null
  const hint =
    ratio === null
      ? optional && !value
        ? 'Not set: the page uses its default.'
        : ''
      : ratio >= 4.5
        ? `White text on it has a contrast of ${ratio.toFixed(1)}:1, easy to read.`
        : `White text on it has a contrast of only ${ratio.toFixed(1)}:1; below 4.5:1 it is hard to read. Choose a darker colour.`
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className="color-field" aria-describedby={describedBy}>
      <legend>{label}</legend>
      <div className="color-field__inputs">
        <input
          type="color"
          aria-label={`${label}: colour picker`}
          value={valid ? value.toLowerCase() : '#000000'}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          type="text"
          aria-label={`${label}: hex code`}
          value={value}
          placeholder={optional ? 'Default' : '#0f766e'}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value.trim())}
          aria-invalid={error || (value && !valid) ? true : undefined}
        />
        {optional && value && (
          <button type="button" className="button button--quiet" onClick={() => onChange('')}>
            Use default<span className="visually-hidden"> {label.toLowerCase()}</span>
          </button>
        )}
        <span
          className="color-field__swatch"
          style={{ background: valid ? value : 'transparent' }}
          aria-hidden="true"
        />
      </div>
      {hint && (
        <p
          id={`${id}-hint`}
          className={ratio !== null && ratio < 4.5 ? 'field-hint notice--warning' : 'field-hint muted'}
        >
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
