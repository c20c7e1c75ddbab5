import { type FormEvent, useId, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { AccountLayout } from './AccountLayout.tsx'
import { confirmPasswordReset } from './account-api.ts'
import { type FormErrors, formErrorsOf, noErrors, PASSWORD_HINT, tokenFromLocation } from './form-errors.ts'

type Field = 'password' | 'confirm'

/** Opened from the reset e-mail; works signed in or out, and signs every session out when done. */
export function ResetPasswordPage({
  session,
  onSignedOut,
}: {
  session: Session | null
  onSignedOut: () => void
}) {
  const [token] = useState(tokenFromLocation)
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [pending, setPending] = useState(false)
  const [done, setDone] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors())
  const doneRef = useRef<HTMLParagraphElement>(null)
  const id = useId()
  const formErrorId = errors.form ? `${id}-form-error` : undefined

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (password !== confirm) {
      const message = 'The two passwords do not match'
      setErrors({ form: message, fields: { confirm: message } })
      return
    }
    setPending(true)
    setErrors(noErrors())
    try {
      await confirmPasswordReset(token, password)
      setDone(true)
      // Every session ended with the reset, this browser's too.
      if (session) onSignedOut()
      requestAnimationFrame(() => doneRef.current?.focus())
    } catch (error) {
      setErrors(formErrorsOf(error, ['password'] as const))
    } finally {
      setPending(false)
    }
  }

  if (!token) {
    return (
      <AccountLayout title="Choose a new password">
        <p role="alert" className="notice notice--error">
          This link is incomplete. Open the link from the e-mail again, or ask for a new one.
        </p>
        <ForgotLink />
      </AccountLayout>
    )
  }

  if (done) {
    return (
      <AccountLayout title="Choose a new password">
        <p ref={doneRef} tabIndex={-1} role="status" className="notice">
          Your password has been changed, and every device signed in to your account has been signed out.
        </p>
        <p>
          <a className="button button--primary" href={pathTo('login')} onClick={handleLinkClick}>
            Sign in with your new password
          </a>
        </p>
      </AccountLayout>
    )
  }

  return (
    <AccountLayout title="Choose a new password">
      <p className="muted">After this, you will be signed out everywhere and can sign in with the new one.</p>
      <form className="form" onSubmit={submit} aria-busy={pending}>
        <div id={`${id}-form-error`} role="alert" className="form-error">
          {errors.form}
        </div>
        <input type="text" name="username" autoComplete="username" hidden readOnly value="" />
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
          formErrorId={formErrorId}
        />
        <TextField
          label="Repeat the new password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.fields.confirm}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          Set new password
        </button>
      </form>
      <ForgotLink />
    </AccountLayout>
  )
}

function ForgotLink() {
  return (
    <p className="account-links">
      <a href={pathTo('forgot-password')} onClick={handleLinkClick}>
        Ask for a new reset link
      </a>
    </p>
  )
}
