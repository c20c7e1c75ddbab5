import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { ApiKeysTable } from './ApiKeysTable.tsx'
import { type ApiKey, type CreatedApiKey, listApiKeys, revokeApiKey } from './api-keys-api.ts'
import { CreateKeyForm } from './CreateKeyForm.tsx'
import { NewKeyReveal } from './NewKeyReveal.tsx'

const fetchKeys = (signal?: AbortSignal) => listApiKeys(signal).then((list) => list.data)

export function ApiKeysPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const { data: keys, setData: setKeys, error: loadError, reload } = useResource(fetchKeys, onSessionExpired)
  const [actionError, setActionError] = useState('')
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const [status, setStatus] = useState('')

  function onCreated(key: CreatedApiKey) {
    setCreated(key)
    const { key: _secret, ...listed } = key
    setKeys((prev) => [listed, ...(prev ?? [])])
  }

  async function onRevoke(key: ApiKey): Promise<boolean> {
    setActionError('')
    try {
      await revokeApiKey(key.id)
      const at = new Date().toISOString()
      setKeys(
        (prev) => prev?.map((k) => (k.id === key.id ? { ...k, revokedAt: k.revokedAt ?? at } : k)) ?? null,
      )
      setStatus(`Key “${key.name}” revoked.`)
      return true
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      else setActionError(`Could not revoke “${key.name}”. ${messageOf(error)}`)
      return false
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>API keys</h1>
      </div>
      <p className="muted">
        Keys let your own systems use the Vitrine API for {session.tenant.name}. Each key acts for the whole
        organisation within its scopes, until you revoke it.
      </p>

      {created && <NewKeyReveal created={created} onDone={() => setCreated(null)} />}

      {!created &&
        (session.user.emailVerified ? (
          <CreateKeyForm onCreated={onCreated} onUnauthorized={onSessionExpired} />
        ) : (
          <p className="notice">
            Verify your e-mail address before creating API keys: a key outlives your session, so it must
            belong to a confirmed address.
          </p>
        ))}

      <h2 className="section-title">Keys</h2>
      <ActionOutcome status={status} error={actionError} />
      {loadError && <LoadError onRetry={reload}>Could not load the keys. {loadError}</LoadError>}
      {keys === null && !loadError && <p className="muted">Loading keys…</p>}
      {keys?.length === 0 && (
        <div className="empty-state">
          <p>No API keys yet.</p>
        </div>
      )}
      {keys && keys.length > 0 && <ApiKeysTable keys={keys} onRevoke={onRevoke} />}
    </>
  )
}
