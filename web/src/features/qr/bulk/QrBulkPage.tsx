import { useCallback, useEffect, useRef, useState } from 'react'
import type { Session } from '../../../api/auth.ts'
import { LoadError } from '../../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { useResource } from '../../../app/useResource.ts'
import { BatchProgress } from './BatchProgress.tsx'
import { BrandBatchForm } from './BrandBatchForm.tsx'
import { inProgress, listBatches, listBrands, type QrBatch } from './bulk-api.ts'
import { CsvBatchForm } from './CsvBatchForm.tsx'
import { RecentBatches } from './RecentBatches.tsx'
import { useBatchProgress } from './useBatchProgress.ts'

const loadPage = async (signal?: AbortSignal) => {
  const [brands, batches] = await Promise.all([listBrands(signal), listBatches(signal)])
  return { brands, batches }
}

/**
 * /app/qr/bulk: codes for every branch of a brand, or for each row of a CSV, built by a job
 * into one ZIP. The batch started here (or one still running from before) shows its progress.
 */
export function QrBulkPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const page = useResource(loadPage, onSessionExpired)
  const [started, setStarted] = useState<QrBatch | null>(null)
  const downloadRef = useRef<HTMLAnchorElement>(null)
  const justStarted = useRef(false)
  const canManage = session.permissions.includes('qr.manage')

  // A batch still being built when the page opens is followed as if it had been started here.
  const running = page.data?.batches.find(inProgress)
  useEffect(() => {
    if (running && started === null) setStarted(running)
  }, [running, started])

  const { setData } = page
  const onSettled = useCallback(
    (batch: QrBatch) => {
      setData(
        (prev) => prev && { ...prev, batches: prev.batches.map((b) => (b.id === batch.id ? batch : b)) },
      )
      if (justStarted.current && batch.downloadUrl) setTimeout(() => downloadRef.current?.focus(), 0)
    },
    [setData],
  )
  const batch = useBatchProgress(started, onSessionExpired, onSettled)

  function onStarted(next: QrBatch) {
    justStarted.current = true
    setStarted(next)
    setData((prev) => prev && { ...prev, batches: [next, ...prev.batches.filter((b) => b.id !== next.id)] })
  }

  const brands = page.data?.brands ?? []
  return (
    <>
      <nav aria-label="Breadcrumb" className="qr-breadcrumb">
        <a href={pathTo('qr-codes')} onClick={handleLinkClick}>
          QR codes
        </a>
      </nav>
      <div className="page-header">
        <h1 tabIndex={-1}>Print codes in bulk</h1>
      </div>
      <p className="muted">
        Make many codes at once and download them together in a ZIP: a folder per file format, a print sheet
        and table tents if you ask for them, and a list of every code&rsquo;s short link.
      </p>
      {page.error && <LoadError onRetry={page.reload}>Could not load this page. {page.error}</LoadError>}
      {!page.data && !page.error && <p className="muted">Loading…</p>}
      {batch && <BatchProgress batch={batch} downloadRef={downloadRef} />}
      {page.data && !canManage && (
        <p className="notice">
          Only owners, admins and managers can generate codes; you can download ready ZIPs.
        </p>
      )}
      {page.data && canManage && brands.length === 0 && (
        <p className="notice">Create a brand and its branches first: every code opens a branch page.</p>
      )}
      {page.data && canManage && brands.length > 0 && (
        <div className="qr-bulk">
          <BrandBatchForm brands={brands} onStarted={onStarted} onUnauthorized={onSessionExpired} />
          <CsvBatchForm brands={brands} onStarted={onStarted} onUnauthorized={onSessionExpired} />
        </div>
      )}
      <h2 className="section-title">Recent batches</h2>
      {page.data && (
        <RecentBatches
          batches={page.data.batches.map((b) => (batch && b.id === batch.id ? batch : b))}
          brands={brands}
        />
      )}
    </>
  )
}
