import { browserSupportsWebAuthn } from '@simplewebauthn/browser'
import { useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { passkeyMessageOf, signInWithPasskey } from './mfa-api.ts'

/**
 * Passwordless sign-in, or with `mfaToken` the second step of a password sign-in. Renders
 * nothing in browsers without WebAuthn.
 */
export function PasskeySignInButton({
  mfaToken,
  label = 'Sign in with a passkey',
  primary = false,
  onSignedIn,
}: {
  mfaToken?: string
  label?: string
  primary?: boolean
  onSignedIn: (session: Session) => void
}) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const id = useId()
  if (!browserSupportsWebAuthn()) return null

  async function signIn() {
    if (pending) return
    setPending(true)
    setError('')
    try {
      onSignedIn(await signInWithPasskey(mfaToken))
    } catch (e) {
      setError(passkeyMessageOf(e))
      setPending(false)
    }
  }

  return (
    <div className="passkey-sign-in">
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        onClick={signIn}
        aria-disabled={pending}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {label}
      </button>
    </div>
  )
}
