import { type ChangeEvent, type FormEvent, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string

/**
 * A contact or company form's draft and its saving: the server's refusal (an ApiProblem) is kept,
 * so each field can show the error on its own path and the form its message.
 */
export function useRecordForm<D extends object>(
  initial: D,
  onSubmit: (draft: D) => Promise<void>,
  onSessionExpired: () => void,
) {
  const [draft, setDraft] = useState(initial)
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const fieldError = (name: string) => problem?.problem.errors?.find((e) => e.path === name)?.message
  const customErrors = Object.fromEntries((problem?.problem.errors ?? []).map((e) => [e.path, e.message]))
  /** What a text field bound to one draft key takes: its value, its error and its change handler. */
  const textField = <K extends TextKey<D>>(key: K) => ({
    value: draft[key] as string,
    error: fieldError(key),
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.target.value as D[K]),
  })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(null)
    setError('')
    try {
      await onSubmit(draft)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else if (cause instanceof ApiProblem) setProblem(cause)
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return { draft, set, textField, fieldError, customErrors, problem, error, pending, submit }
}

export type RecordFormState<D extends object> = ReturnType<typeof useRecordForm<D>>
