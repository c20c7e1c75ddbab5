import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { Stage } from './deals-api.ts'

interface Props {
  dealName: string
  stage: Stage
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/**
 * Asked when a deal is dropped on a won or lost stage: why (needed for lost). Cancel or Escape
 * leaves the deal where it was.
 */
export function CloseDealDialog({ dealName, stage, onConfirm, onCancel }: Props) {
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const confirmed = useRef(false)
  const lost = stage.kind === 'lost'

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (lost && !reason.trim()) {
      setError('Say why the deal was lost')
      return
    }
    confirmed.current = true
    ref.current?.close()
  }

  return (
    <dialog
      ref={ref}
      className="deal-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => (confirmed.current ? onConfirm(reason.trim()) : onCancel())}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>
          {lost ? 'Mark as lost' : 'Mark as won'}: <bdi>{dealName}</bdi>
        </h2>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{lost ? 'Why was it lost?' : 'Why was it won? (optional)'}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={500}
            value={reason}
            required={lost}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="deal-dialog__actions">
          <button type="submit" className="button button--primary">
            Move to {stage.name}
          </button>
          <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
