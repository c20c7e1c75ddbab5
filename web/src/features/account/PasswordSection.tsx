import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { changePassword } from './account-api.ts'
import { type FormErrors, formErrorsOf, noErrors, PASSWORD_HINT } from './form-errors.ts'

type Field = 'currentPassword' | 'newPassword' | 'confirm'
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirm: '' }

export function PasswordSection({
  email,
  onChanged,
  onSessionExpired,
}: {
  email: string
  onChanged: () => void
  onSessionExpired: () => void
}) {
  const [values, setValues] = useState(EMPTY)
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors())
  const id = useId()
  const formErrorId = errors.form ? `${id}-form-error` : undefined

  const bind = (field: Field) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
    error: errors.fields[field],
    formErrorId,
    required: true,
    type: 'password',
  })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setStatus('')
    if (values.newPassword !== values.confirm) {
      const message = 'The two new passwords do not match'
      setErrors({ form: message, fields: { confirm: message } })
      return
    }
    setPending(true)
    setErrors(noErrors())
    try {
      await changePassword(values.currentPassword, values.newPassword)
      setValues(EMPTY)
      setStatus('Password changed. Your other sessions have been signed out.')
      onChanged()
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      else setErrors(formErrorsOf(error, ['currentPassword', 'newPassword'] as const))
    } finally {
      setPending(false)
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Password
      </h2>
      <form className="form form--section" onSubmit={submit} aria-busy={pending}>
        <div id={`${id}-form-error`} role="alert" className="form-error">
          {errors.form}
        </div>
        <p role="status" className={status ? 'notice' : 'visually-hidden'}>
          {status}
        </p>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} hidden readOnly />
        <TextField
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          {...bind('currentPassword')}
        />
        <TextField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          {...bind('newPassword')}
        />
        <TextField
          label="Repeat the new password"
          name="confirm"
          autoComplete="new-password"
          {...bind('confirm')}
        />
        <div>
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            Change password
          </button>
        </div>
      </form>
    </section>
  )
}
