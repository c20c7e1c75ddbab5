import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

export type StepData<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string; retry: () => void }

/**
 * What a step shows before it can be edited (the saved brand, the templates…): loaded when the
 * step opens or `key` changes, `initial` (e.g. defaults for a brand not created yet) when `load` is null.
 */
export function useStepData<T>(
  key: string,
  load: ((signal: AbortSignal) => Promise<T>) | null,
  initial: () => T,
  onUnauthorized: () => void,
): StepData<T> {
  const [attempt, setAttempt] = useState(0)
  const [data, setData] = useState<StepData<T>>(() =>
    load ? { status: 'loading' } : { status: 'ready', value: initial() },
  )
  // `load` and `initial` are new functions on every render; `key` says when they mean something new.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on `key` and `attempt` on purpose
  useEffect(() => {
    if (!load) return setData({ status: 'ready', value: initial() })
    const controller = new AbortController()
    setData({ status: 'loading' })
    load(controller.signal).then(
      (value) => setData({ status: 'ready', value }),
      (cause: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthorized(cause)) onUnauthorized()
        else setData({ status: 'failed', message: messageOf(cause), retry: () => setAttempt((n) => n + 1) })
      },
    )
    return () => controller.abort()
  }, [key, attempt])
  return data
}
