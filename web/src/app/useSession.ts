import { useCallback, useEffect, useState } from 'react'
import { getSession, type Session, signOut } from '../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../api/client.ts'

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'error'; message: string }

/** The signed-in user as the server sees it; the cookie itself is never readable here. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  const load = useCallback((signal?: AbortSignal) => {
    getSession(signal).then(
      (session) => setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (signal?.aborted) return
        if (isUnauthorized(error)) setState({ status: 'signed-out' })
        else setState({ status: 'error', message: messageOf(error) })
      },
    )
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    load()
  }, [load])

  const signedIn = useCallback((session: Session) => setState({ status: 'signed-in', session }), [])
  const signedOut = useCallback(() => setState({ status: 'signed-out' }), [])

  return { state, retry, signedIn, signedOut }
}

export async function endSession(): Promise<void> {
  try {
    await signOut()
  } catch (error) {
    // A 401 means the session had already ended, which is what the user asked for.
    if (!isUnauthorized(error)) throw error
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiProblem) return error.message
  return 'Something went wrong. Please try again.'
}
