import { type FormEvent, type ReactNode, useId } from 'react'

/**
 * The form of a step (the wizard shows its heading): the request's error, announced, then the
 * fields and Back / Continue.
 */
export function StepForm({
  pending,
  error,
  onSubmit,
  onBack,
  submitLabel = 'Continue',
  quietSubmit = false,
  children,
  intro,
}: {
  pending: boolean
  error: string
  onSubmit: () => void
  onBack: (() => void) | null
  submitLabel?: string
  /** The step is already done and submitting is a secondary action. */
  quietSubmit?: boolean
  children: ReactNode
  /** Shown above the form, e.g. the result of the step once it is done. */
  intro?: ReactNode
}) {
  const id = useId()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!pending) onSubmit()
  }
  return (
    <>
      {intro}
      <form
        className="form"
        onSubmit={submit}
        aria-busy={pending}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <div id={`${id}-error`} role="alert" className="form-error">
          {error}
        </div>
        {children}
        <StepActions onBack={onBack} pending={pending} submitLabel={submitLabel} quiet={quietSubmit} />
      </form>
    </>
  )
}

export function StepActions({
  onBack,
  pending,
  submitLabel,
  quiet = false,
}: {
  onBack: (() => void) | null
  pending: boolean
  submitLabel: string
  quiet?: boolean
}) {
  return (
    <div className="wizard-actions">
      {onBack && (
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
      )}
      <button type="submit" className={quiet ? 'button' : 'button button--primary'} aria-disabled={pending}>
        {submitLabel}
      </button>
      <p role="status" className="wizard-actions__status muted">
        {pending ? 'Saving…' : ''}
      </p>
    </div>
  )
}
