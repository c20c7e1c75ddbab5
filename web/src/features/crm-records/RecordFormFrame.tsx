import { type ReactNode, useId } from 'react'
import { handleLinkClick } from '../../app/router.ts'
import { FormActions } from './FormActions.tsx'
import type { RecordFormState } from './useRecordForm.ts'

interface Props<D extends object> {
  className: string
  form: RecordFormState<D>
  /** A link to the record the refused one would duplicate, shown after the form's message. */
  clash?: { href: string; label: string } | null
  submitLabel: string
  onCancel?: () => void
  children: ReactNode
}

/** A contact or company form around its fields: the message of a refusal first, the buttons last. */
export function RecordFormFrame<D extends object>({
  className,
  form,
  clash,
  submitLabel,
  onCancel,
  children,
}: Props<D>) {
  const id = useId()
  return (
    <form
      className={className}
      onSubmit={form.submit}
      noValidate
      aria-describedby={form.error ? `${id}-error` : undefined}
    >
      <div id={`${id}-error`} role="alert" className="form-error">
        {form.error}
        {clash && (
          <>
            {' '}
            <a href={clash.href} onClick={handleLinkClick}>
              {clash.label}
            </a>
          </>
        )}
      </div>
      {children}
      <FormActions pending={form.pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  )
}
