import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { codeAnalyticsPath } from './QrCodesTable.tsx'
import { archiveQrCode, type QrCode, type QrStatus } from './qr-api.ts'
import { destinationOf, formatScans, KIND_LABELS, STATE_LABELS } from './qr-format.ts'

/** What the saved code is doing now: its state, short link, destination and scans; pause or resume. */
export function CodeSummary({
  code,
  canManage,
  pending,
  onStatus,
}: {
  code: QrCode
  canManage: boolean
  pending: boolean
  onStatus: (status: QrStatus) => void
}) {
  const dynamic = code.kind === 'dynamic'
  return (
    <dl className="qr-summary">
      <div>
        <dt>State</dt>
        <dd>
          <span className="badge qr-state" data-state={code.state}>
            {STATE_LABELS[code.state]}
          </span>
          {dynamic && canManage && (
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={pending}
              onClick={() => !pending && onStatus(code.status === 'paused' ? 'active' : 'paused')}
            >
              {code.status === 'paused' ? 'Resume' : 'Pause'}
              <span className="visually-hidden"> this code</span>
            </button>
          )}
        </dd>
      </div>
      <div>
        <dt>{dynamic ? 'Short link' : 'Type'}</dt>
        <dd className="qr-summary__value">{code.shortUrl ?? KIND_LABELS[code.kind]}</dd>
      </div>
      <div>
        <dt>{dynamic ? 'Leads to' : 'Contains'}</dt>
        <dd className="qr-summary__value">
          {dynamic && code.targetUrl ? (
            <a href={code.targetUrl} target="_blank" rel="noreferrer">
              {code.targetUrl}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            destinationOf(code)
          )}
        </dd>
      </div>
      {dynamic && (
        <div>
          <dt>Scans</dt>
          <dd>
            {formatScans(code.totalScans)}{' '}
            <a href={codeAnalyticsPath(code.id)} onClick={handleLinkClick}>
              Analytics<span className="visually-hidden"> for {code.label}</span>
            </a>
          </dd>
        </div>
      )}
    </dl>
  )
}

/** Archiving after a confirmation: the code stops working for good (scans see a "gone" page). */
export function ArchiveCode({ code, onUnauthorized }: { code: QrCode; onUnauthorized: () => void }) {
  const [error, setError] = useState('')
  async function archive() {
    setError('')
    try {
      await archiveQrCode(code.id)
      navigate(pathTo('qr-codes'))
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      setError(messageOf(cause))
      return false
    }
  }
  return (
    <section className="form danger-zone" aria-labelledby="qr-archive-title">
      <h2 id="qr-archive-title">Archive this code</h2>
      <p>
        {code.kind === 'dynamic'
          ? 'Printed copies stop working: scans see a page saying the code is no longer in use. To stop it for a while, pause it instead.'
          : 'It leaves your list. Printed copies keep working, since a static code needs no network.'}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <ConfirmButton question={`Archive “${code.label}”?`} confirmLabel="Archive code" onConfirm={archive}>
        Archive code
      </ConfirmButton>
    </section>
  )
}
