import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../../api/client.ts'
import { TextField } from '../../../app/components/TextField.tsx'
import { messageOf } from '../../../app/useSession.ts'
import { draftOf, type FunnelDraft, inputOf } from './funnel-draft.ts'
import type { Funnel, FunnelInput } from './funnels-api.ts'
import { StepsEditor } from './StepsEditor.tsx'

/**
 * A new funnel (the suggested one when it is the first) or changes to one. A refusal is shown
 * at the top and beside each field it names (`name`, `steps`, `steps.2.label`…).
 */
export function FunnelForm({
  funnel,
  isFirst,
  onSubmit,
  onCancel,
  onSessionExpired,
}: {
  funnel: Funnel | null
  isFirst: boolean
  onSubmit: (input: FunnelInput) => Promise<void>
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [draft, setDraft] = useState<FunnelDraft>(() => draftOf(funnel, isFirst))
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const messageAt = (path: string) => problem?.problem.errors?.find((e) => e.path === path)?.message

  useEffect(() => heading.current?.focus(), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(null)
    setError('')
    try {
      await onSubmit(inputOf(draft))
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      if (cause instanceof ApiProblem) setProblem(cause)
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  const stepsError = messageAt('steps')
  return (
    <form
      className="form an-funnel-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {funnel ? `Edit “${funnel.name}”` : isFirst ? 'Your first funnel' : 'New funnel'}
      </h2>
      {!funnel && isFirst && (
        <p className="muted">
          We suggest the journey most branches watch first. Change, add or remove steps as you like.
        </p>
      )}
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <TextField
        label="Name"
        value={draft.name}
        maxLength={80}
        dir="auto"
        required
        error={messageAt('name')}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
      />
      {stepsError && <p className="field-error">{stepsError}</p>}
      <StepsEditor
        steps={draft.steps}
        onChange={(steps) => setDraft((d) => ({ ...d, steps }))}
        errorAt={(index, field) => messageAt(`steps.${index}.${field}`)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? 'Saving…' : funnel ? 'Save the funnel' : 'Create the funnel'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
