import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../api/client.ts'
import { messageOf } from './useSession.ts'

export interface Resource<T> {
  /** Null until the first answer arrives. */
  data: T | null
  /** Changes the loaded value in place after an action, without fetching again. */
  setData: Dispatch<SetStateAction<T | null>>
  /** Why the last load failed, or ''. */
  error: string
  /** Fetches again, keeping what is shown until the answer arrives. */
  reload: () => void
}

/**
 * Something a screen loads once when it opens: fetched on mount, aborted on unmount, with the
 * failure kept for a "Try again" and an expired session handed to `onUnauthorized`.
 * `fetch` must be stable (module-level or memoised): a new one loads again.
 */
export function useResource<T>(
  fetch: (signal?: AbortSignal) => Promise<T>,
  onUnauthorized: () => void,
): Resource<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState('')

  const load = useCallback(
    (signal?: AbortSignal) => {
      setError('')
      fetch(signal).then(
        (value) => setData(() => value),
        (cause: unknown) => {
          if (signal?.aborted) return
          if (isUnauthorized(cause)) onUnauthorized()
          else setError(messageOf(cause))
        },
      )
    },
    [fetch, onUnauthorized],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const reload = useCallback(() => load(), [load])

  return { data, setData, error, reload }
}
