import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { useResource } from '../../app/useResource.ts'
import { listBranches } from '../brands/brands-api.ts'
import { PrintSheetForm } from './PrintSheetForm.tsx'
import { QrCodesTable } from './QrCodesTable.tsx'
import { QrFilters } from './QrFilters.tsx'
import { listQrCodes, NO_QR_FILTERS, type QrCodeFilters } from './qr-api.ts'

const loadBranches = (signal?: AbortSignal) => listBranches({}, signal)

/** Every code the member can see, filtered, with a print sheet of the selected ones. */
export function QrCodesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const [filters, setFilters] = useState<QrCodeFilters>(NO_QR_FILTERS)
  const {
    items: codes,
    nextCursor,
    phase,
    error,
    loadMore,
    retry,
  } = usePages(filters, listQrCodes, onSessionExpired)
  const branches = useResource(loadBranches, onSessionExpired)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const canManage = session.permissions.includes('qr.manage')

  const toggle = useCallback(
    (qrCodeId: string) =>
      setSelected((prev) => {
        const next = new Set(prev)
        if (!next.delete(qrCodeId)) next.add(qrCodeId)
        return next
      }),
    [],
  )
  const toggleAll = (select: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev)
      for (const code of codes) {
        if (select) next.add(code.id)
        else next.delete(code.id)
      }
      return next
    })
  const filtered = Object.values(filters).some(Boolean)

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>QR codes</h1>
        <div className="button-row">
          <a className="button" href={pathTo('qr-analytics')} onClick={handleLinkClick}>
            Scan analytics
          </a>
          {canManage && (
            <a className="button" href={pathTo('qr-bulk')} onClick={handleLinkClick}>
              Print all branches
            </a>
          )}
          {canManage && (
            <a className="button button--primary" href={pathTo('qr-code-new')} onClick={handleLinkClick}>
              New QR code
            </a>
          )}
        </div>
      </div>
      <p className="muted">
        Dynamic codes point at a short link you can retarget without reprinting; every scan is counted.
      </p>
      <QrFilters applied={filters} branches={branches.data ?? []} onApply={setFilters} />
      {error && phase === 'failed' && (
        <LoadError onRetry={retry}>Could not load the QR codes. {error}</LoadError>
      )}
      <p role="status" className="qr-status">
        {phase === 'loading' ? 'Loading QR codes…' : ''}
      </p>
      {phase !== 'loading' && phase !== 'failed' && codes.length === 0 && (
        <p className="empty-state">
          {filtered ? 'No codes match these filters.' : 'No QR codes yet.'}{' '}
          {canManage && !filtered && (
            <a href={pathTo('qr-code-new')} onClick={handleLinkClick}>
              Make the first one
            </a>
          )}
        </p>
      )}
      {codes.length > 0 && (
        <QrCodesTable codes={codes} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
      )}
      {error && phase !== 'failed' && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {nextCursor && phase !== 'failed' && (
        <LoadMore loading={phase === 'loading-more'} onLoadMore={() => void loadMore()} />
      )}
      {codes.length > 0 && <PrintSheetForm qrCodeIds={[...selected]} onUnauthorized={onSessionExpired} />}
    </>
  )
}
