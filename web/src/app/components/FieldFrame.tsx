import { type ReactNode, useId } from 'react'

/** What the control inside a field needs so its label, hint and error are announced with it. */
export interface FieldControl {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/**
 * A labelled field: label, hint, the control, error. The control is the caller's (an input, a
 * select), given the ids that tie it to the rest.
 */
export function FieldFrame({
  label,
  hint,
  error,
  invalid,
  alsoDescribedBy,
  children,
}: {
  label: string
  hint?: string
  error?: string
  /** Invalid without a message of its own, e.g. when the form as a whole was refused. */
  invalid?: boolean
  /** Another element read with the field, e.g. the form's error summary. */
  alsoDescribedBy?: string
  children: (control: FieldControl) => ReactNode
}) {
  const id = useId()
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', alsoDescribedBy ?? ''].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error || invalid ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
