import { useCallback } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { listBranches, listBrands } from '../brands/brands-api.ts'
import { QrEditor } from './QrEditor.tsx'
import { getQrCode } from './qr-api.ts'
import { justCreated } from './useQrEditor.ts'

/** `/app/qr/new` (no id) and `/app/qr/:qrCodeId`: the code, the branches and brands it may use. */
export function QrEditorPage({
  qrCodeId,
  session,
  onSessionExpired,
}: {
  qrCodeId: string | null
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback(
    async (signal?: AbortSignal) => {
      const created = qrCodeId ? justCreated.get(qrCodeId) : undefined
      if (qrCodeId) justCreated.delete(qrCodeId)
      const [code, branches, brands] = await Promise.all([
        created ?? (qrCodeId ? getQrCode(qrCodeId, signal) : null),
        listBranches({}, signal),
        listBrands(signal),
      ])
      return { code, branches, brands, created: created !== undefined }
    },
    [qrCodeId],
  )
  const { data, error, reload } = useResource(load, onSessionExpired)

  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('qr-codes')} onClick={handleLinkClick}>
          QR codes
        </a>
      </p>
      {!data && (
        <div className="page-header">
          <h1 tabIndex={-1}>{qrCodeId ? 'QR code' : 'New QR code'}</h1>
        </div>
      )}
      {error && <LoadError onRetry={reload}>Could not load the QR code. {error}</LoadError>}
      {!data && !error && (
        <p role="status" className="muted">
          Loading…
        </p>
      )}
      {data && (
        <QrEditor
          code={data.code}
          created={data.created}
          branches={data.branches}
          brands={data.brands}
          session={session}
          onSessionExpired={onSessionExpired}
        />
      )}
    </>
  )
}
