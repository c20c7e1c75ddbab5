import { type FormEvent, useId, useState } from 'react'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { AccountLayout } from './AccountLayout.tsx'
import { requestPasswordReset } from './account-api.ts'
import { type FormErrors, formErrorsOf, noErrors } from './form-errors.ts'

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('')
  const [pending, setPending] = useState(false)
  const [sent, setSent] = useState('')
  const [errors, setErrors] = useState<FormErrors<'email'>>(noErrors())
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(noErrors())
    try {
      setSent((await requestPasswordReset(email.trim())).message)
    } catch (error) {
      setErrors(formErrorsOf(error, ['email'] as const))
    } finally {
      setPending(false)
    }
  }

  return (
    <AccountLayout title="Reset your password">
      <p role="status" className={sent ? 'notice' : 'visually-hidden'}>
        {sent}
      </p>
      {!sent && (
        <>
          <p className="muted">Enter the e-mail address of your account and we will send you a link.</p>
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
              formErrorId={errors.form ? `${id}-form-error` : undefined}
            />
            <button type="submit" className="button button--primary" aria-disabled={pending}>
              Send reset link
            </button>
          </form>
        </>
      )}
      <p className="account-links">
        <a href={pathTo('login')} onClick={handleLinkClick}>
          Back to sign in
        </a>
      </p>
    </AccountLayout>
  )
}
