import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { endSession, messageOf } from '../../app/useSession.ts'

/**
 * Shown on every page of a support session. Ending it signs this browser out of the owner's
 * session; the reload lands on sign-in, where the admin signs in as themselves again.
 */
export function ImpersonationBanner({ session }: { session: Session }) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')

  async function end() {
    if (pending) return
    setPending(true)
    setError('')
    try {
      await endSession()
      window.location.reload()
    } catch (cause) {
      setPending(false)
      setError(messageOf(cause))
    }
  }

  return (
    <section className="impersonation-banner" aria-label="Support session">
      <p>
        <strong>
          You are acting as {session.user.name} ({session.user.email}) for support — every action is audited.
        </strong>
      </p>
      <button type="button" className="button" onClick={end} aria-disabled={pending}>
        End impersonation
      </button>
      {error && (
        <p role="alert" className="field-error">
          Could not end the session: {error}
        </p>
      )}
    </section>
  )
}
