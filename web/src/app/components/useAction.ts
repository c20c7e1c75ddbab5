import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../useSession.ts'

/**
 * Actions on a page, one at a time: `act` runs one and keeps what it says for `ActionOutcome`
 * (its status, or why it failed); an expired session goes to `onUnauthorized` instead.
 */
export function useAction(onUnauthorized: () => void) {
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)

  /** Runs an action, saying how it went; resolves to whether it worked. */
  async function act(run: () => Promise<string>): Promise<boolean> {
    setError('')
    setPending(true)
    try {
      setStatus(await run())
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
      return false
    } finally {
      setPending(false)
    }
  }

  return { status, error, pending, act }
}
