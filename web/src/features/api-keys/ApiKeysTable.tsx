import { useId } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import type { ApiKey } from './api-keys-api.ts'
import { scopeLabel } from './scopes.ts'

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (iso: string) => formatter.format(new Date(iso))

export function ApiKeysTable({
  keys,
  onRevoke,
}: {
  keys: readonly ApiKey[]
  onRevoke: (key: ApiKey) => Promise<boolean>
}) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>API keys, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <KeyRow key={key.id} apiKey={key} onRevoke={onRevoke} />
          ))}
        </tbody>
      </table>
    </section>
  )
}

function KeyRow({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: (key: ApiKey) => Promise<boolean> }) {
  return (
    <tr className={apiKey.revokedAt ? 'is-revoked' : undefined}>
      <th scope="row">{apiKey.name}</th>
      <td className="nowrap">
        <code>{apiKey.prefix}…</code>
      </td>
      <td>
        <ul className="plain-list">
          {apiKey.scopes.map((s) => (
            <li key={s}>{scopeLabel(s)}</li>
          ))}
        </ul>
      </td>
      <td>
        <time dateTime={apiKey.createdAt}>{when(apiKey.createdAt)}</time>
        {apiKey.createdBy && <span className="muted"> by {apiKey.createdBy.name}</span>}
      </td>
      <td className="nowrap">
        {apiKey.lastUsedAt ? <time dateTime={apiKey.lastUsedAt}>{when(apiKey.lastUsedAt)}</time> : 'Never'}
      </td>
      <td>
        {apiKey.revokedAt ? (
          <span className="badge badge--muted">
            Revoked <time dateTime={apiKey.revokedAt}>{when(apiKey.revokedAt)}</time>
          </span>
        ) : (
          <ConfirmButton
            question={`Revoke “${apiKey.name}”? Anything using it stops working at once.`}
            confirmLabel={`Revoke “${apiKey.name}”`}
            onConfirm={() => onRevoke(apiKey)}
          >
            Revoke<span className="visually-hidden"> {apiKey.name}</span>
          </ConfirmButton>
        )}
      </td>
    </tr>
  )
}
