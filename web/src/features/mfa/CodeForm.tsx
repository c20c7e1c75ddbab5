import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

export interface CodeFormProps {
  /** `code` asks for six digits from the authenticator app; `password` for the account password. */
  kind?: 'code' | 'password'
  label: string
  submitLabel: string
  hint?: string
  onSubmit: (value: string) => Promise<void>
  onCancel?: () => void
  onSessionExpired: () => void
  /** Extra controls after the buttons (e.g. "use your password instead"). */
  children?: ReactNode
}

/** One field, one action: confirm a code or a password, with the server's reason shown on the field. */
export function CodeForm({
  kind = 'code',
  label,
  submitLabel,
  hint,
  onSubmit,
  onCancel,
  onSessionExpired,
  children,
}: CodeFormProps) {
  const [value, setValue] = useState('')
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState('')
  const [fieldError, setFieldError] = useState('')
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setFormError('')
    setFieldError('')
    try {
      await onSubmit(kind === 'code' ? value.replace(/\s/g, '') : value)
      setValue('')
    } catch (error) {
      if (isUnauthorized(error)) return onSessionExpired()
      setFormError(messageOf(error))
      setFieldError(error instanceof ApiProblem ? (error.fieldError(kind) ?? '') : '')
    } finally {
      setPending(false)
    }
  }

  const describedBy =
    [hint ? `${id}-hint` : '', fieldError ? `${id}-field-error` : '', formError ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

  return (
    <form className="form form--section" onSubmit={submit} aria-busy={pending}>
      <div id={`${id}-error`} role="alert" className="form-error">
        {formError}
      </div>
      <div className="field">
        <label htmlFor={`${id}-input`}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint muted">
            {hint}
          </p>
        )}
        <input
          id={`${id}-input`}
          name={kind}
          type={kind === 'password' ? 'password' : 'text'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete={kind === 'password' ? 'current-password' : 'one-time-code'}
          inputMode={kind === 'code' ? 'numeric' : undefined}
          pattern={kind === 'code' ? '[0-9 ]{6,7}' : undefined}
          maxLength={kind === 'code' ? 7 : 256}
          spellCheck={false}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
        />
        {fieldError && (
          <p id={`${id}-field-error`} className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        {children}
      </div>
    </form>
  )
}
