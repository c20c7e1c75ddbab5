import { type FormEvent, type ReactNode, useId } from 'react'
import { humanPath, type SaveState } from './useSave.ts'

/**
 * One part of an edit screen with its own Save: a titled form, an error summary that lists
 * each refused field (also shown next to the field), and a status line read out when saved.
 */
export function Section({
  title,
  description,
  save,
  onSubmit,
  submitLabel = 'Save',
  children,
}: {
  title: string
  description?: ReactNode
  save: SaveState
  onSubmit: () => void
  submitLabel?: string
  children: ReactNode
}) {
  const id = useId()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form
      className="form brand-section"
      aria-labelledby={`${id}-title`}
      aria-busy={save.pending}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p className="muted">{description}</p>}
      <div role="alert" className="form-error">
        {save.formError && (
          <>
            <p>{save.formError}</p>
            {save.errors.size > 0 && (
              <ul>
                {[...save.errors].map(([path, message]) => (
                  <li key={path}>
                    {humanPath(path)}: {message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {children}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={save.pending}>
          {save.pending ? 'Saving…' : submitLabel}
        </button>
        <p role="status" className="brand-section__status">
          {save.status}
        </p>
      </div>
    </form>
  )
}
