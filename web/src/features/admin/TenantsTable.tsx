import { useEffect, useRef, useState } from 'react'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import type { AdminTenant } from './admin-api.ts'
import { ReasonForm } from './ReasonForm.tsx'
import { statusLabel } from './TenantSearchForm.tsx'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const day = (iso: string) => dateFormat.format(new Date(iso))

export interface TenantActions {
  suspend: (tenant: AdminTenant, reason: string) => Promise<string>
  reactivate: (tenant: AdminTenant) => Promise<string>
  restore: (tenant: AdminTenant) => Promise<string>
  impersonate: (tenant: AdminTenant, reason: string) => Promise<string>
}

export function TenantsTable({
  tenants,
  actions,
  ownTenantId,
}: {
  tenants: readonly AdminTenant[]
  actions: TenantActions
  /** The organisation this admin is signed in to: not theirs to suspend or enter as someone else. */
  ownTenantId: string
}) {
  return (
    <ScrollTable
      caption="Organisations, newest first"
      columns={['Organisation', 'Status', 'Members', 'Owner', 'Created', { hidden: 'Actions' }]}
    >
      {tenants.map((tenant) => (
        <TenantRow key={tenant.id} tenant={tenant} actions={actions} own={tenant.id === ownTenantId} />
      ))}
    </ScrollTable>
  )
}

type Prompt = 'suspend' | 'impersonate' | null

function TenantRow({ tenant, actions, own }: { tenant: AdminTenant; actions: TenantActions; own: boolean }) {
  const [prompt, setPrompt] = useState<Prompt>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const cell = useRef<HTMLTableCellElement>(null)
  const hadPrompt = useRef(false)

  // Back on the row's first button when a prompt closes, so keyboard users keep their place.
  useEffect(() => {
    if (!prompt && hadPrompt.current) cell.current?.querySelector<HTMLButtonElement>('button')?.focus()
    hadPrompt.current = prompt !== null
  }, [prompt])

  async function run(action: () => Promise<string>) {
    if (pending) return
    setPending(true)
    setError('')
    const failed = await action()
    setPending(false)
    if (failed) setError(failed)
    // The button just used is replaced by the next state's; keep focus in the row.
    else requestAnimationFrame(() => cell.current?.querySelector<HTMLButtonElement>('button')?.focus())
  }

  async function closeOnSuccess(result: Promise<string>): Promise<string> {
    const failed = await result
    if (!failed) setPrompt(null)
    return failed
  }

  const restorable =
    tenant.status === 'deleted' && tenant.purgeAfter && new Date(tenant.purgeAfter) > new Date()

  return (
    <tr>
      <th scope="row">
        {tenant.name}
        <br />
        <code className="muted">{tenant.id}</code>
      </th>
      <td>
        <span className={tenant.status === 'active' ? 'badge' : 'badge badge--muted'}>
          {statusLabel(tenant.status)}
        </span>
        {tenant.suspendedReason && <p className="muted">{tenant.suspendedReason}</p>}
        {tenant.status === 'deleted' && (
          <p className="muted">{tenant.purgeAfter ? `Erased after ${day(tenant.purgeAfter)}` : 'Erased'}</p>
        )}
      </td>
      <td>{tenant.members}</td>
      <td>{tenant.ownerEmail ?? <span className="muted">None</span>}</td>
      <td className="nowrap">
        <time dateTime={tenant.createdAt}>{day(tenant.createdAt)}</time>
      </td>
      <td ref={cell}>
        {prompt === 'suspend' && (
          <ReasonForm
            label={`Why suspend ${tenant.name}?`}
            submitLabel="Suspend"
            onSubmit={(reason) => closeOnSuccess(actions.suspend(tenant, reason))}
            onCancel={() => setPrompt(null)}
          />
        )}
        {prompt === 'impersonate' && (
          <ReasonForm
            label={`Why act as ${tenant.name}'s owner?`}
            submitLabel="Act as owner"
            onSubmit={(reason) => actions.impersonate(tenant, reason)}
            onCancel={() => setPrompt(null)}
          />
        )}
        {own && <span className="muted">Your organisation</span>}
        {!prompt && !own && (
          <div className="row-actions">
            {tenant.status === 'active' && (
              <button type="button" className="button" onClick={() => setPrompt('suspend')}>
                Suspend<span className="visually-hidden"> {tenant.name}</span>
              </button>
            )}
            {tenant.status === 'suspended' && (
              <button
                type="button"
                className="button"
                onClick={() => run(() => actions.reactivate(tenant))}
                aria-disabled={pending}
              >
                Reactivate<span className="visually-hidden"> {tenant.name}</span>
              </button>
            )}
            {restorable && (
              <button
                type="button"
                className="button"
                onClick={() => run(() => actions.restore(tenant))}
                aria-disabled={pending}
              >
                Restore<span className="visually-hidden"> {tenant.name}</span>
              </button>
            )}
            {tenant.status !== 'deleted' && tenant.ownerEmail && (
              <button type="button" className="button" onClick={() => setPrompt('impersonate')}>
                Act as owner<span className="visually-hidden"> of {tenant.name}</span>
              </button>
            )}
          </div>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </td>
    </tr>
  )
}
