import { type FormEvent, useEffect, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { HOME_ROUTE } from '../../app/routes.ts'
import { messageOf } from '../../app/useSession.ts'
import { AccountLayout } from '../account/AccountLayout.tsx'
import {
  type FormErrors,
  formErrorsOf,
  noErrors,
  PASSWORD_HINT,
  tokenFromLocation,
} from '../account/form-errors.ts'
import { ROLE_LABELS } from './roles.ts'
import { acceptInvitation, type InvitationPreview, lookupInvitation } from './team-api.ts'

type Lookup =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'found'; preview: InvitationPreview }

const CLOSED: Record<Exclude<InvitationPreview['status'], 'pending'>, string> = {
  accepted: 'This invitation was already used.',
  revoked: 'This invitation was withdrawn.',
  expired: 'This invitation has expired.',
}

/** Opened from the invitation e-mail: says where and as what, then joins with a new or existing account. */
export function AcceptInvitationPage({
  session,
  onSession,
}: {
  session: Session | null
  onSession: (session: Session) => void
}) {
  const [lookup, setLookup] = useState<Lookup>(() =>
    tokenFromLocation()
      ? { status: 'loading' }
      : { status: 'failed', message: 'This link is incomplete. Open the link from the e-mail again.' },
  )

  useEffect(() => {
    const token = tokenFromLocation()
    if (!token) return
    const controller = new AbortController()
    lookupInvitation(token, controller.signal).then(
      (preview) => setLookup({ status: 'found', preview }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLookup({ status: 'failed', message: messageOf(error) })
      },
    )
    return () => controller.abort()
  }, [])

  function joined(next: Session) {
    navigate(pathTo(HOME_ROUTE), { replace: true })
    onSession(next)
  }

  if (lookup.status !== 'found') {
    return (
      <AccountLayout title="Join a team on Vitrine">
        {lookup.status === 'loading' ? (
          <p role="status" aria-busy="true" className="muted">
            Reading the invitation…
          </p>
        ) : (
          <p role="alert" className="notice notice--error">
            {lookup.message}
          </p>
        )}
      </AccountLayout>
    )
  }
  const { preview } = lookup
  const role = ROLE_LABELS[preview.role].label.toLowerCase()
  return (
    <AccountLayout title={`Join ${preview.tenantName} as ${role}`}>
      <p>
        {preview.inviterName} invited <strong>{preview.email}</strong> to {preview.tenantName}.
      </p>
      {preview.status !== 'pending' ? (
        <>
          <p role="alert" className="notice notice--error">
            {CLOSED[preview.status]} Ask {preview.inviterName} to send a new one.
          </p>
          <p>
            <a className="button" href={pathTo(session ? HOME_ROUTE : 'login')} onClick={handleLinkClick}>
              {session ? 'Go to the dashboard' : 'Sign in'}
            </a>
          </p>
        </>
      ) : preview.accountExists && session?.user.email === preview.email ? (
        <JoinAsSignedIn tenantName={preview.tenantName} onJoined={joined} />
      ) : (
        <JoinForm preview={preview} session={session} onJoined={joined} />
      )}
    </AccountLayout>
  )
}

function JoinAsSignedIn({
  tenantName,
  onJoined,
}: {
  tenantName: string
  onJoined: (session: Session) => void
}) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')

  async function join() {
    if (pending) return
    setPending(true)
    setError('')
    try {
      onJoined(await acceptInvitation({ token: tokenFromLocation() }))
    } catch (e) {
      setError(messageOf(e))
      setPending(false)
    }
  }

  return (
    <>
      <div role="alert" className="form-error">
        {error}
      </div>
      <p>
        <button type="button" className="button button--primary" onClick={join} aria-disabled={pending}>
          Join {tenantName}
        </button>
      </p>
    </>
  )
}

type Field = 'name' | 'password'

function JoinForm({
  preview,
  session,
  onJoined,
}: {
  preview: InvitationPreview
  session: Session | null
  onJoined: (session: Session) => void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const existing = preview.accountExists
  const signInHref = `${pathTo('login')}?next=${encodeURIComponent(location.pathname + location.search)}`

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(noErrors())
    try {
      const token = tokenFromLocation()
      onJoined(
        await acceptInvitation(existing ? { token, password } : { token, name: name.trim(), password }),
      )
    } catch (error) {
      setErrors(formErrorsOf(error, ['name', 'password'] as const))
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending}>
      {session && (
        <p className="notice">
          You are signed in as {session.user.email}. Joining signs you in as {preview.email} instead.
        </p>
      )}
      <div id={`${id}-form-error`} role="alert" className="form-error">
        {errors.form}
      </div>
      {existing ? (
        <p className="muted">
          {preview.email} already has a Vitrine account. Enter its password, or{' '}
          <a href={signInHref} onClick={handleLinkClick}>
            sign in first
          </a>{' '}
          (needed if it uses two-step verification).
        </p>
      ) : (
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
          formErrorId={errors.form ? `${id}-form-error` : undefined}
        />
      )}
      {/* Lets password managers file the new password under the right address. */}
      <input type="email" name="email" autoComplete="username" value={preview.email} readOnly hidden />
      <TextField
        label={existing ? 'Password' : 'Choose a password'}
        name="password"
        type="password"
        autoComplete={existing ? 'current-password' : 'new-password'}
        required
        minLength={existing ? undefined : 10}
        hint={existing ? undefined : PASSWORD_HINT}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.fields.password}
        formErrorId={errors.form ? `${id}-form-error` : undefined}
      />
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        {existing ? `Join ${preview.tenantName}` : 'Create account and join'}
      </button>
    </form>
  )
}
