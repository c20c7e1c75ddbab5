import type { ReactNode } from 'react'

/** A labelled checkbox on one line, the label clickable. */
export function Checkbox({
  label,
  checked,
  onChange,
  hint,
}: {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
      {hint && <span className="muted">{hint}</span>}
    </label>
  )
}
