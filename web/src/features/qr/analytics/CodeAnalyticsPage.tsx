import { useCallback, useMemo } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { useResource } from '../../../app/useResource.ts'
import { AnalyticsView, replaceQuery, useRangeInUrl } from './AnalyticsView.tsx'
import { type AnalyticsScope, getQrCode } from './analytics-api.ts'
import type { DateRange } from './date-range.ts'

/** /app/qr/:qrCodeId/analytics: one code's scans over a period. */
export function CodeAnalyticsPage({
  qrCodeId,
  onSessionExpired,
}: {
  qrCodeId: string
  onSessionExpired: () => void
}) {
  const load = useCallback((signal?: AbortSignal) => getQrCode(qrCodeId, signal), [qrCodeId])
  const code = useResource(load, onSessionExpired)
  const { today, range, setRange } = useRangeInUrl()
  const scope = useMemo<AnalyticsScope>(() => ({ kind: 'code', qrCodeId }), [qrCodeId])
  const label = code.data?.label

  function onRange(next: DateRange) {
    setRange(next)
    replaceQuery({ from: next.from, to: next.to })
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="qr-breadcrumb">
        <a href={pathTo('qr-codes')} onClick={handleLinkClick}>
          QR codes
        </a>{' '}
        <span aria-hidden="true">›</span>{' '}
        <a href={pathTo('qr-analytics')} onClick={handleLinkClick}>
          QR code analytics
        </a>
      </nav>
      <div className="page-header">
        <h1 tabIndex={-1}>{label ? `Analytics: ${label}` : 'Code analytics'}</h1>
        {code.data && (
          <a className="button" href={pathTo('qr-code', { qrCodeId })} onClick={handleLinkClick}>
            Edit this code
          </a>
        )}
      </div>
      {code.error && <LoadError onRetry={code.reload}>Could not load this code. {code.error}</LoadError>}
      {code.data && (
        <p className="muted">
          {code.data.placement ? `Placed at: ${code.data.placement}. ` : ''}
          {code.data.shortUrl && (
            <>
              Short link <code>{code.data.shortUrl}</code>
              {code.data.targetUrl && (
                <>
                  {' '}
                  goes to <span className="cell-wrap">{code.data.targetUrl}</span>
                </>
              )}
              .
            </>
          )}
        </p>
      )}
      <AnalyticsView
        scope={scope}
        scopeName={label ? `“${label}”` : 'this code'}
        today={today}
        range={range}
        onRange={onRange}
        onSessionExpired={onSessionExpired}
      />
    </>
  )
}
