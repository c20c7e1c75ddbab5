import { type FormEvent, useId, useState } from 'react'
import { type MfaChallenge, type Session, verifySecondFactor } from '../../api/auth.ts'
import { messageOf } from '../../app/useSession.ts'

/** The second step of sign-in: a code from the authenticator app, or a recovery code. */
export function MfaStep({
  challenge,
  onSignedIn,
  onCancel,
}: {
  challenge: MfaChallenge
  onSignedIn: (session: Session) => void
  onCancel: () => void
}) {
  const [useRecovery, setUseRecovery] = useState(!challenge.methods.includes('totp'))
  const [code, setCode] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setError('')
    try {
      const body = useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') }
      onSignedIn(await verifySecondFactor({ mfaToken: challenge.mfaToken, ...body }))
    } catch (e) {
      setError(messageOf(e))
      setPending(false)
    }
  }

  return (
    <>
      <header className="app-header app-header--plain">
        <p className="brand">Vitrine</p>
      </header>
      <main id="main" className="page page--narrow">
        <h1 tabIndex={-1}>Two-step verification</h1>
        <p className="muted">
          {useRecovery
            ? 'Enter one of the recovery codes you saved when you turned on two-step verification.'
            : 'Enter the six-digit code from your authenticator app.'}
        </p>
        <form className="form" onSubmit={submit} aria-busy={pending}>
          <div id={`${id}-error`} role="alert" className="form-error">
            {error}
          </div>
          <div className="field">
            <label htmlFor={`${id}-code`}>{useRecovery ? 'Recovery code' : 'Authentication code'}</label>
            <input
              id={`${id}-code`}
              name="code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="one-time-code"
              inputMode={useRecovery ? 'text' : 'numeric'}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </div>
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            Verify
          </button>
          {challenge.methods.includes('recovery_code') && challenge.methods.includes('totp') && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setUseRecovery(!useRecovery)}
            >
              {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Back to sign in
          </button>
        </form>
      </main>
    </>
  )
}
