import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

/**
 * An inline prompt for the reason an action needs (it goes to the audit log). Focus moves to
 * the field when it opens; Escape or Cancel closes it.
 */
export function ReasonForm({
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string
  submitLabel: string
  /** Resolves to an error message, or '' when done. */
  onSubmit: (reason: string) => Promise<string>
  onCancel: () => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)

  useEffect(() => input.current?.focus(), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (reason.trim().length < 3) {
      setError('Give a reason of at least 3 characters; it is kept in the audit log.')
      input.current?.focus()
      return
    }
    setPending(true)
    setError('')
    const failed = await onSubmit(reason.trim())
    setPending(false)
    if (failed) setError(failed)
  }

  return (
    <form
      className="confirm reason-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <input
          ref={input}
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
        />
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      </div>
      <button type="submit" className="button button--danger" aria-disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
