import { type InputHTMLAttributes, useId } from 'react'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string
  hint?: string
  error?: string
  /** Marks the input invalid without a message of its own, e.g. when the form as a whole was refused. */
  invalid?: boolean
  /** The id of the form's error summary, so it is read with the field too. */
  formErrorId?: string
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({ label, hint, error, invalid, formErrorId, ...input }: TextFieldProps) {
  const id = useId()
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', formErrorId ?? ''].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        {...input}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
