import { type FormEvent, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { navigate, pathTo } from '../../app/router.ts'
import { HOME_ROUTE } from '../../app/routes.ts'
import { messageOf } from '../../app/useSession.ts'
import { switchTenant } from './account-api.ts'

/**
 * Picks the organisation the session works in. A button confirms the choice, since switching
 * reloads the whole dashboard and a select should not do that on its own (WCAG 3.2.2).
 */
export function OrganisationSwitcher({
  session,
  onSession,
  onSessionExpired,
}: {
  session: Session
  onSession: (session: Session) => void
  onSessionExpired: () => void
}) {
  const [tenantId, setTenantId] = useState(session.tenant.id)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending || tenantId === session.tenant.id) return
    setPending(true)
    setError('')
    try {
      const next = await switchTenant(tenantId)
      navigate(pathTo(HOME_ROUTE))
      onSession(next)
    } catch (e) {
      if (isUnauthorized(e)) onSessionExpired()
      else setError(messageOf(e))
      setTenantId(session.tenant.id)
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="org-switcher" onSubmit={submit} aria-busy={pending}>
      <label htmlFor={`${id}-tenant`}>Organisation</label>
      <select
        id={`${id}-tenant`}
        value={tenantId}
        onChange={(e) => setTenantId(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {session.tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button--quiet"
        aria-disabled={pending || tenantId === session.tenant.id}
      >
        Switch
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}
