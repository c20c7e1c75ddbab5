import { type FormEvent, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { deleteOrganisation } from './privacy-api.ts'

/**
 * The danger zone: deleting the organisation needs its name typed again. On success every
 * session is gone, this one included, so the app goes back to sign-in.
 */
export function DeleteOrganisation({ session, onDeleted }: { session: Session; onDeleted: () => void }) {
  const id = useId()
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const matches = confirm.trim() === session.tenant.name

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (!matches) {
      setError(`Type the organisation's name exactly as shown: ${session.tenant.name}`)
      return
    }
    setPending(true)
    setError('')
    try {
      await deleteOrganisation(confirm.trim())
      onDeleted()
    } catch (cause) {
      setPending(false)
      if (isUnauthorized(cause)) onDeleted()
      else setError((cause instanceof ApiProblem && cause.fieldError('confirm')) || messageOf(cause))
    }
  }

  return (
    <form className="form danger-zone" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Delete organisation</h2>
      <p>
        Deleting <strong>{session.tenant.name}</strong> signs everyone out, revokes its API keys and takes its
        microsites offline at once. Everything (sites, leads, contacts, members) is erased for good after 30
        days. Export the organisation's data first if you need it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type the organisation's name to confirm</label>
        <input
          id={`${id}-confirm`}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      </div>
      <div>
        <button type="submit" className="button button--danger" aria-disabled={pending || !matches}>
          Delete {session.tenant.name}
        </button>
      </div>
    </form>
  )
}
