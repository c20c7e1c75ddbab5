import { useState } from 'react'
import { getSession, type Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { resendVerificationEmail } from './account-api.ts'

/** Shown until the address is confirmed: some features (API keys) wait for it. */
export function VerifyEmailBanner({
  session,
  onSession,
  onSessionExpired,
}: {
  session: Session
  onSession: (session: Session) => void
  onSessionExpired: () => void
}) {
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function resend() {
    if (pending) return
    setPending(true)
    setError('')
    setStatus('')
    try {
      setStatus((await resendVerificationEmail()).message)
    } catch (e) {
      if (isUnauthorized(e)) onSessionExpired()
      // Confirmed meanwhile, in another tab: pick up the session without the banner.
      else if (e instanceof ApiProblem && e.status === 409) getSession().then(onSession, () => undefined)
      else setError(messageOf(e))
    } finally {
      setPending(false)
    }
  }

  return (
    <section className="notice notice--warning verify-banner" aria-label="Confirm your e-mail address">
      <p>
        Please confirm your e-mail address, <strong>{session.user.email}</strong>, with the link we sent you.
      </p>
      <button type="button" className="button button--quiet" onClick={resend} aria-disabled={pending}>
        Resend verification e-mail
      </button>
      <p role="status" className="verify-banner__status">
        {status}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  )
}
