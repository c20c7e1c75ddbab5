import { type FormEvent, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { AccountLayout } from './AccountLayout.tsx'
import { signUp } from './account-api.ts'
import { type FormErrors, formErrorsOf, noErrors, PASSWORD_HINT } from './form-errors.ts'

const FIELDS = ['name', 'email', 'password', 'organisationName'] as const
type Field = (typeof FIELDS)[number]

export function SignUpPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    email: '',
    password: '',
    organisationName: '',
  })
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors())
  const id = useId()
  const formErrorId = errors.form ? `${id}-form-error` : undefined

  const bind = (field: Field) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
    error: errors.fields[field],
    formErrorId,
    required: true,
  })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(noErrors())
    try {
      onSignedIn(await signUp({ ...values, email: values.email.trim() }))
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS))
      setPending(false)
    }
  }

  return (
    <AccountLayout title="Create your Vitrine account">
      <p className="muted">
        One account for you, and an organisation for your business. You can invite your team later.
      </p>
      <form className="form" onSubmit={submit} aria-busy={pending}>
        <div id={`${id}-form-error`} role="alert" className="form-error">
          {errors.form}
        </div>
        <TextField label="Your name" name="name" autoComplete="name" maxLength={100} {...bind('name')} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          hint="We will send a link to confirm it."
          {...bind('email')}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          {...bind('password')}
        />
        <TextField
          label="Business name"
          name="organisationName"
          autoComplete="organization"
          maxLength={100}
          hint="The organisation your branches and team belong to."
          {...bind('organisationName')}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          Create account
        </button>
      </form>
      <p className="account-links">
        Already have an account?{' '}
        <a href={pathTo('login')} onClick={handleLinkClick}>
          Sign in
        </a>
      </p>
    </AccountLayout>
  )
}
