import type { InputHTMLAttributes } from 'react'
import { FieldFrame } from './FieldFrame.tsx'

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
  return (
    <FieldFrame label={label} hint={hint} error={error} invalid={invalid} alsoDescribedBy={formErrorId}>
      {(control) => <input {...input} {...control} />}
    </FieldFrame>
  )
}
