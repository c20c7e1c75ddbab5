import { type FormEvent, useId, useState } from 'react'
import { isMfaChallenge, type MfaChallenge, type Session, signIn } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { type FormErrors, formErrorsOf, noErrors } from '../account/form-errors.ts'
import { PasskeySignInButton } from '../mfa/PasskeySignInButton.tsx'
import { QrLoginPanel } from '../qr-login/QrLoginPanel.tsx'
import { MfaStep } from './MfaStep.tsx'

const FIELDS = ['email', 'password'] as const

/** The request's errors, and whether the credentials were refused as a pair. */
type Errors = FormErrors<(typeof FIELDS)[number]> & { rejected?: boolean }

export function LoginPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null)
  if (challenge)
    return <MfaStep challenge={challenge} onSignedIn={onSignedIn} onCancel={() => setChallenge(null)} />
  return <PasswordStep onSignedIn={onSignedIn} onMfaRequired={setChallenge} />
}

function PasswordStep({
  onSignedIn,
  onMfaRequired,
}: {
  onSignedIn: (session: Session) => void
  onMfaRequired: (challenge: MfaChallenge) => void
}) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<Errors>(noErrors)
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(noErrors())
    try {
      const result = await signIn({ email: email.trim(), password })
      if (isMfaChallenge(result)) onMfaRequired(result)
      else onSignedIn(result)
    } catch (error) {
      setErrors({ ...formErrorsOf(error, FIELDS), rejected: isUnauthorized(error) })
      setPending(false)
    }
  }

  const formErrorId = errors.form ? `${id}-form-error` : undefined

  return (
    <>
      <header className="app-header app-header--plain">
        <p className="brand">Vitrine</p>
      </header>
      <main id="main" className="page page--narrow">
        <h1 tabIndex={-1}>Sign in</h1>
        <p className="muted">Use the email address and password of your Vitrine account.</p>
        <form className="form" onSubmit={submit} aria-busy={pending}>
          <div id={`${id}-form-error`} role="alert" className="form-error">
            {errors.form}
          </div>
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.fields.email}
            invalid={errors.rejected}
            formErrorId={formErrorId}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.fields.password}
            invalid={errors.rejected}
            formErrorId={formErrorId}
          />
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            Sign in
          </button>
        </form>
        <PasskeySignInButton onSignedIn={onSignedIn} />
        <ul className="account-links plain-list">
          <li>
            <a href={pathTo('forgot-password')} onClick={handleLinkClick}>
              Forgot password?
            </a>
          </li>
          <li>
            New to Vitrine?{' '}
            <a href={pathTo('signup')} onClick={handleLinkClick}>
              Create an account
            </a>
          </li>
        </ul>
        <QrLoginPanel onSignedIn={onSignedIn} />
      </main>
    </>
  )
}
