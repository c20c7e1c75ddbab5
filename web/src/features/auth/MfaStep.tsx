import { type FormEvent, useId, useState } from 'react'
import { type MfaChallenge, type Session, verifySecondFactor } from '../../api/auth.ts'
import { messageOf } from '../../app/useSession.ts'
import { PasskeySignInButton } from '../mfa/PasskeySignInButton.tsx'

type Method = MfaChallenge['methods'][number]

const INTRO: Record<Method, string> = {
  totp: 'Enter the six-digit code from your authenticator app.',
  recovery_code: 'Enter one of the recovery codes you saved when you turned on two-step verification.',
  passkey: 'Use a passkey saved on this device, your phone or a security key.',
}

const SWITCH_TO: Record<Method, string> = {
  totp: 'Use the authenticator app instead',
  recovery_code: 'Use a recovery code instead',
  passkey: 'Use a passkey instead',
}

/** The second step of sign-in: a passkey, a code from the authenticator app, or a recovery code. */
export function MfaStep({
  challenge,
  onSignedIn,
  onCancel,
}: {
  challenge: MfaChallenge
  onSignedIn: (session: Session) => void
  onCancel: () => void
}) {
  const [method, setMethod] = useState<Method>(
    challenge.methods.includes('passkey') ? 'passkey' : (challenge.methods[0] ?? 'totp'),
  )
  const others = challenge.methods.filter((m) => m !== method)

  return (
    <>
      <header className="app-header app-header--plain">
        <p className="brand">Vitrine</p>
      </header>
      <main id="main" className="page page--narrow">
        <h1 tabIndex={-1}>Two-step verification</h1>
        <p className="muted">{INTRO[method]}</p>
        {method === 'passkey' ? (
          <div className="form">
            <PasskeySignInButton
              mfaToken={challenge.mfaToken}
              label="Use a passkey"
              primary
              onSignedIn={onSignedIn}
            />
          </div>
        ) : (
          <CodeStep
            key={method}
            challenge={challenge}
            recovery={method === 'recovery_code'}
            onSignedIn={onSignedIn}
          />
        )}
        <div className="mfa-alternatives">
          {others.map((m) => (
            <button key={m} type="button" className="button button--quiet" onClick={() => setMethod(m)}>
              {SWITCH_TO[m]}
            </button>
          ))}
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Back to sign in
          </button>
        </div>
      </main>
    </>
  )
}

function CodeStep({
  challenge,
  recovery,
  onSignedIn,
}: {
  challenge: MfaChallenge
  recovery: boolean
  onSignedIn: (session: Session) => void
}) {
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
      const body = recovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') }
      onSignedIn(await verifySecondFactor({ mfaToken: challenge.mfaToken, ...body }))
    } catch (e) {
      setError(messageOf(e))
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending}>
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <div className="field">
        <label htmlFor={`${id}-code`}>{recovery ? 'Recovery code' : 'Authentication code'}</label>
        <input
          id={`${id}-code`}
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          spellCheck={false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        Verify
      </button>
    </form>
  )
}
