import { useEffect, useRef, useState } from 'react'
import { getSession, type Session } from '../../api/auth.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { HOME_ROUTE } from '../../app/routes.ts'
import { messageOf } from '../../app/useSession.ts'
import { AccountLayout } from './AccountLayout.tsx'
import { confirmEmail } from './account-api.ts'
import { tokenFromLocation } from './form-errors.ts'

type State =
  | { status: 'pending' }
  | { status: 'verified'; email: string }
  | { status: 'failed'; message: string }

/** Opened from the verification e-mail: confirms the token once and says how it went. */
export function VerifyEmailPage({
  session,
  onSession,
}: {
  session: Session | null
  onSession: (session: Session) => void
}) {
  const [state, setState] = useState<State>(() =>
    tokenFromLocation()
      ? { status: 'pending' }
      : { status: 'failed', message: 'This link is incomplete. Open the link from the e-mail again.' },
  )
  // A link works once: React's development double effects must not spend it twice.
  const started = useRef(false)
  const signedIn = session !== null

  useEffect(() => {
    const token = tokenFromLocation()
    if (!token || started.current) return
    started.current = true
    confirmEmail(token).then(
      ({ email }) => {
        setState({ status: 'verified', email })
        // Refresh the signed-in session so the "verify your address" banner goes away.
        if (signedIn) getSession().then(onSession, () => undefined)
      },
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }, [signedIn, onSession])

  return (
    <AccountLayout title="Confirm your e-mail address">
      {state.status === 'pending' && (
        <p role="status" aria-busy="true" className="muted">
          Confirming your address…
        </p>
      )}
      {state.status === 'verified' && (
        <p role="status" className="notice">
          Thank you: {state.email} is confirmed.
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="notice notice--error">
          {state.message}
        </p>
      )}
      {state.status !== 'pending' && (
        <p>
          <a
            className="button button--primary"
            href={pathTo(signedIn ? HOME_ROUTE : 'login')}
            onClick={handleLinkClick}
          >
            {signedIn ? 'Go to the dashboard' : 'Sign in'}
          </a>
        </p>
      )}
    </AccountLayout>
  )
}
