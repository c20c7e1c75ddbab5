import { useEffect, useState } from 'react'
import { isUnauthorized } from '../api/client.ts'
import { messageOf } from './useSession.ts'

export interface Loaded<T> {
  /** The last answer; kept on screen while the next one loads. */
  data: T | null
  loading: boolean
  /** The server's problem text for the last load, or ''. */
  error: string
  retry: () => void
}

/**
 * Loads `fetch` again, aborting the older request, whenever `key` changes (the query it depends
 * on, as a string); `enabled: false` keeps it idle. An expired session goes to `onUnauthorized`.
 */
export function useLoad<T>(
  key: string,
  fetch: (signal: AbortSignal) => Promise<T>,
  onUnauthorized: () => void,
  enabled = true,
): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState('')
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `fetch` reads
  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return
    }
    const controller = new AbortController()
    setLoading(true)
    setError('')
    fetch(controller.signal).then(
      (value) => {
        setData(value)
        setLoading(false)
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthorized(cause)) return onUnauthorized()
        setError(messageOf(cause))
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [key, enabled, attempt, onUnauthorized])

  return { data, loading, error, retry: () => setAttempt((n) => n + 1) }
}
