import { useId } from 'react'
import { FieldFrame } from './FieldFrame.tsx'

/** A labelled <select> over a fixed set of string values. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string
  value: V
  options: readonly { value: V; label: string }[]
  onChange: (value: V) => void
  hint?: string
}) {
  const id = useId()
  return (
    <FieldFrame id={id} label={label} hint={hint}>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value)
          if (next) onChange(next.value)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
