import type { SelectHTMLAttributes } from 'react'
import { FieldFrame } from './FieldFrame.tsx'

interface ChoiceSelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'> {
  label: string
  hint?: string
  error?: string
  value: string
  options: readonly { value: string; label: string }[]
  /**
   * Shows a value that is not among the options (an owner who left, a branch out of reach) as
   * "Current choice", instead of the browser silently showing the first option.
   */
  keepUnknown?: boolean
  onChange: (value: string) => void
}

/** A labelled select whose hint and error are announced with it. */
export function ChoiceSelect({
  label,
  hint,
  error,
  value,
  options,
  keepUnknown,
  onChange,
  ...select
}: ChoiceSelectProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {keepUnknown && !options.some((o) => o.value === value) && (
            <option value={value}>Current choice</option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
