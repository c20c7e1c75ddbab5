import { type FormEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../useSession.ts'

export interface FormDialogState {
  ref: RefObject<HTMLDialogElement | null>
  saving: boolean
  /** The notice above the form: the server's problem, or a sentence of our own. */
  message: string | null
  fieldError: (name: string) => string | undefined
  setError: (error: ApiProblem | string | null) => void
  /** Runs one save at a time, then closes the dialog; a problem stays in the dialog. */
  submit: (save: () => Promise<void>) => Promise<void>
  close: () => void
}

/**
 * The state of a modal form dialog: opened as modal on mount, so the browser keeps focus inside
 * and Escape closes it. Closing (rather than unmounting) gives focus back to the button that
 * opened it, so the caller keeps that button mounted and unmounts the dialog in `onClose`.
 */
export function useFormDialog(onSessionExpired: () => void): FormDialogState {
  const ref = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState<ApiProblem | string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const dialog = ref.current
    // Removing the element on unmount ends the modal state; no close() here, so a remount
    // (React's development double run) does not report a close the person never asked for.
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function submit(save: () => Promise<void>) {
    if (saving) return
    setSaving(true)
    setError(null)
    try {
      await save()
      ref.current?.close()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    } finally {
      setSaving(false)
    }
  }

  return {
    ref,
    saving,
    message: error instanceof ApiProblem ? error.message : error,
    fieldError: (name) => (error instanceof ApiProblem ? error.fieldError(name) : undefined),
    setError,
    submit,
    close: () => ref.current?.close(),
  }
}

/**
 * A modal dialog holding one form under a heading, with the save's problem as an alert and Save
 * and Cancel at the foot. Cancel closes the dialog as Escape does.
 */
export function FormDialog({
  state,
  className,
  title,
  saveLabel,
  actionsClassName,
  onSubmit,
  onClose,
  children,
}: {
  state: FormDialogState
  className: string
  title: string
  saveLabel: string
  actionsClassName: string
  onSubmit: (event: FormEvent) => void
  onClose: () => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <dialog ref={state.ref} className={className} aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {state.message && (
          <p role="alert" className="notice notice--error">
            {state.message}
          </p>
        )}
        {children}
        <div className={actionsClassName}>
          <button type="submit" className="button button--primary" aria-disabled={state.saving}>
            {state.saving ? 'Saving…' : saveLabel}
          </button>
          <button type="button" className="button button--quiet" onClick={state.close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
