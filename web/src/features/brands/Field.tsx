import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react'
import type { FieldErrors } from './useSave.ts'

interface Common {
  label: string
  /** The field's path in the request body; its server message is shown under it. */
  path: string
  errors: FieldErrors
  hint?: ReactNode
}

interface Control {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/**
 * The label, hint and server error (matched by body path) around the control `control` draws
 * from the other props, which is announced with them.
 */
function Labelled<Attributes extends object>({
  label,
  path,
  errors,
  hint,
  control,
  ...attributes
}: Common & Attributes & { control: (attributes: Attributes & Control) => ReactNode }) {
  const id = useId()
  const error = errors.get(path)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control({
        ...(attributes as Attributes),
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** A labelled input whose hint and server error (matched by body path) are announced with it. */
export const Field = (props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) => (
  <Labelled {...props} control={(attributes) => <input {...attributes} />} />
)

export const SelectField = (props: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) => (
  <Labelled {...props} control={(attributes) => <select {...attributes} />} />
)

export const TextAreaField = (props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) => (
  <Labelled {...props} control={(attributes) => <textarea {...attributes} />} />
)

interface Bound {
  errors: FieldErrors
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
}

/** The name of a brand, a branch or a person: required, at most 120 characters. */
export function NameField({ onChange, ...field }: Bound) {
  return (
    <Field
      label="Name"
      path="name"
      {...field}
      onChange={(e) => onChange(e.target.value)}
      required
      maxLength={120}
    />
  )
}

/** The slug of a page's address: lowercased as typed, at most 60 characters, never autocompleted. */
export function SlugField({ label = 'Address on Vitrine', onChange, ...field }: Bound & { label?: string }) {
  return (
    <Field
      label={label}
      path="slug"
      {...field}
      onChange={(e) => onChange(e.target.value.toLowerCase())}
      maxLength={60}
      autoComplete="off"
      spellCheck={false}
    />
  )
}

/** Empty text means "not set": the API takes null for optional fields. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim())
export const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim())
