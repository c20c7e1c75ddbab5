import { type FormEvent, useId, useState } from 'react'
import { isMfaChallenge, type MfaChallenge, type Session, signIn } from '../../api/auth.ts'
import { ApiProblem } from '../../api/client.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { PasskeySignInButton } from '../mfa/PasskeySignInButton.tsx'
import { QrLoginPanel } from '../qr-login/QrLoginPanel.tsx'
import { MfaStep } from './MfaStep.tsx'

interface Errors {
  form: string
  rejected?: boolean
  email?: string
  password?: string
}

const NO_ERRORS: Errors = { form: '' }

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
  const [errors, setErrors] = useState<Errors>(NO_ERRORS)
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(NO_ERRORS)
    try {
      const result = await signIn({ email: email.trim(), password })
      if (isMfaChallenge(result)) onMfaRequired(result)
      else onSignedIn(result)
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : null
      setErrors({
        form: messageOf(error),
        rejected: problem?.status === 401,
        email: problem?.fieldError('email'),
        password: problem?.fieldError('password'),
      })
      setPending(false)
    }
  }

  const describedBy = (field: 'email' | 'password') =>
    [errors[field] ? `${id}-${field}-error` : '', errors.form ? `${id}-form-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

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
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={errors.email || errors.rejected ? true : undefined}
              aria-describedby={describedBy('email')}
            />
            {errors.email && (
              <p id={`${id}-email-error`} className="field-error">
                {errors.email}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Password</label>
            <input
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={errors.password || errors.rejected ? true : undefined}
              aria-describedby={describedBy('password')}
            />
            {errors.password && (
              <p id={`${id}-password-error`} className="field-error">
                {errors.password}
              </p>
            )}
          </div>
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
