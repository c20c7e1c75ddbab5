import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import {
  type AdminTenant,
  impersonateOwner,
  reactivateTenant,
  restoreTenant,
  suspendTenant,
  type TenantSearch,
} from './admin-api.ts'
import { TenantSearchForm } from './TenantSearchForm.tsx'
import { type TenantActions, TenantsTable } from './TenantsTable.tsx'
import { useTenants } from './useTenants.ts'

const EVERYTHING: TenantSearch = { q: '', status: '' }

/** Platform staff: every organisation, with suspension, restore and support impersonation. */
export function AdminTenantsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const [search, setSearch] = useState<TenantSearch>(EVERYTHING)
  const list = useTenants(search, onSessionExpired)
  const { replace } = list
  const [status, setStatus] = useState('')

  const attempt = useCallback(
    async (work: () => Promise<AdminTenant | null>, done: (tenant: AdminTenant) => string) => {
      try {
        const tenant = await work()
        if (tenant) {
          replace(tenant)
          setStatus(done(tenant))
        }
        return ''
      } catch (error) {
        if (isUnauthorized(error)) onSessionExpired()
        return messageOf(error)
      }
    },
    [replace, onSessionExpired],
  )

  const actions: TenantActions = {
    suspend: (t, reason) =>
      attempt(
        () => suspendTenant(t.id, reason),
        (n) => `${n.name} is suspended.`,
      ),
    reactivate: (t) =>
      attempt(
        () => reactivateTenant(t.id),
        (n) => `${n.name} is active again.`,
      ),
    restore: (t) =>
      attempt(
        () => restoreTenant(t.id),
        (n) => `${n.name} is restored.`,
      ),
    impersonate: (t, reason) =>
      attempt(
        async () => {
          await impersonateOwner(t.id, reason)
          // This browser's cookies are now the owner's: start the dashboard afresh as them.
          window.location.assign('/app/')
          return null
        },
        () => '',
      ),
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>All organisations</h1>
      </div>
      <p className="muted">
        Platform administration. Every action here is recorded in the organisation's audit log with your name.
      </p>
      <TenantSearchForm onSearch={setSearch} />
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {list.error && (
        <p role="alert" className="notice notice--error">
          {list.error}
        </p>
      )}
      {list.tenants === null && !list.error && <p className="muted">Loading organisations…</p>}
      {list.tenants?.length === 0 && (
        <div className="empty-state">
          <p>No organisation matches.</p>
        </div>
      )}
      {list.tenants && list.tenants.length > 0 && (
        <TenantsTable tenants={list.tenants} actions={actions} ownTenantId={session.tenant.id} />
      )}
      {list.nextCursor && (
        <div className="load-more">
          <button type="button" className="button" onClick={list.loadMore} aria-disabled={list.loadingMore}>
            Load more
          </button>
        </div>
      )}
    </>
  )
}
