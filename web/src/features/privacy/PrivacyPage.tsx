import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { DeleteOrganisation } from './DeleteOrganisation.tsx'
import { ExportsTable } from './ExportsTable.tsx'
import type { ExportScope } from './privacy-api.ts'
import { useExports } from './useExports.ts'

export function PrivacyPage({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const list = useExports(onSignedOut)
  const [pending, setPending] = useState<ExportScope | null>(null)
  const [requestError, setRequestError] = useState('')
  const [status, setStatus] = useState('')
  const canExportOrganisation = session.permissions.includes('data.export')
  const canDelete = session.permissions.includes('tenant.manage') && !session.impersonatorId

  async function request(scope: ExportScope) {
    if (pending) return
    setPending(scope)
    setRequestError('')
    setStatus('')
    const error = await list.request(scope)
    setPending(null)
    if (error) setRequestError(error)
    else setStatus(`Export started. We will e-mail ${session.user.email} a download link when it is ready.`)
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Data &amp; privacy</h1>
      </div>

      <section aria-labelledby="export-title">
        <h2 id="export-title" className="section-title">
          Export data
        </h2>
        <p>
          An export is a ZIP archive of JSON files. When it is ready we e-mail you a download link that works
          for seven days. Passwords, second-factor secrets and key hashes are never included.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => request('user')}
            aria-disabled={pending !== null}
          >
            Export my data
          </button>
          {canExportOrganisation && (
            <button
              type="button"
              className="button"
              onClick={() => request('tenant')}
              aria-disabled={pending !== null}
            >
              Export {session.tenant.name}'s data
            </button>
          )}
        </div>
        <p role="status" className="muted">
          {status}
        </p>
        {requestError && (
          <p role="alert" className="notice notice--error">
            Could not start the export. {requestError}
          </p>
        )}

        {list.loadError && (
          <div role="alert" className="notice notice--error">
            <p>Could not load your exports. {list.loadError}</p>
            <button type="button" className="button" onClick={list.reload}>
              Try again
            </button>
          </div>
        )}
        {list.exports === null && !list.loadError && <p className="muted">Loading exports…</p>}
        {list.exports?.length === 0 && (
          <div className="empty-state">
            <p>No exports yet.</p>
          </div>
        )}
        {list.exports && list.exports.length > 0 && <ExportsTable exports={list.exports} />}
      </section>

      {canDelete && <DeleteOrganisation session={session} onDeleted={onSignedOut} />}
      {session.permissions.includes('tenant.manage') && session.impersonatorId && (
        <p className="notice">A support session cannot delete the organisation; only its owner can.</p>
      )}
    </>
  )
}
