import type { ReactNode } from 'react'

/**
 * The frame of one builder field: the label for the control whose id is `id`, the hint under it
 * (its id `${id}-hint`, for the control's aria-describedby), then the control itself.
 */
export function FieldFrame({
  id,
  label,
  hint,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      {children}
    </div>
  )
}
