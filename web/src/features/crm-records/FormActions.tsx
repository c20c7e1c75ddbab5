interface Props {
  pending: boolean
  submitLabel: string
  onCancel?: () => void
}

/** A record form's submit button (it says "Saving…" meanwhile) and, when it can be left, Cancel. */
export function FormActions({ pending, submitLabel, onCancel }: Props) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  )
}
