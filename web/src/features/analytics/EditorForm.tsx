import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

/** The server's message for a field path such as `name` or `recipients.2`. */
export type MessageAt = (path: string) => string | undefined

/**
 * The frame of an analytics editor (a funnel, a scheduled report): its heading takes focus when
 * it opens, a refusal is shown at the top and handed to the fields as `messageAt`, and the
 * submit button says "Saving…" while the request runs.
 */
export function EditorForm({
  className,
  title,
  intro,
  submitLabel,
  onSubmit,
  onCancel,
  onSessionExpired,
  children,
}: {
  className: string
  title: string
  /** Shown under the heading, above any refusal. */
  intro?: ReactNode
  submitLabel: string
  onSubmit: () => Promise<void>
  onCancel: () => void
  onSessionExpired: () => void
  children: (messageAt: MessageAt) => ReactNode
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const messageAt: MessageAt = (path) => problem?.problem.errors?.find((e) => e.path === path)?.message

  useEffect(() => heading.current?.focus(), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(null)
    setError('')
    try {
      await onSubmit()
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      if (cause instanceof ApiProblem) setProblem(cause)
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className={`form ${className}`}
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {intro}
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      {children(messageAt)}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
