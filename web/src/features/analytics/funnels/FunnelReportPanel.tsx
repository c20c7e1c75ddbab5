import { useCallback } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useLoad } from '../../../app/useLoad.ts'
import { ExportCsvLink } from '../../qr/analytics/ExportCsvLink.tsx'
import { FunnelReportView } from './FunnelReportView.tsx'
import { type Funnel, funnelCsvUrl, getFunnelReport, type ReportQuery } from './funnels-api.ts'
import { showingWords } from './scope-words.ts'

/**
 * One funnel's report for the scope and period chosen above, loaded again when either (or the
 * funnel's steps) change. A period reaching past the raw-event retention is refused by the
 * API; its message says from which day funnels can count, and is shown as it is.
 */
export function FunnelReportPanel({
  funnel,
  params,
  onSessionExpired,
}: {
  funnel: Funnel
  params: ReportQuery
  onSessionExpired: () => void
}) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const query: ReportQuery = {
    from: params.from,
    to: params.to,
    brandId: params.brandId,
    branchId: params.branchId,
  }
  const key = JSON.stringify([funnel.id, funnel.updatedAt, query])
  const report = useLoad(key, (signal) => getFunnelReport(funnel.id, query, signal), expired)
  const data = report.data?.funnel.id === funnel.id ? report.data : null
  const status = report.loading ? 'Counting the funnel…' : data ? showingWords(data.scope, data.period) : ''

  return (
    <section className="an-section an-funnel-report" aria-labelledby="an-funnel-report-title">
      <h2 id="an-funnel-report-title" dir="auto">
        {funnel.name}
      </h2>
      <p role="status" className="muted">
        {status}
      </p>
      {report.error && !report.loading && (
        <LoadError onRetry={report.retry}>Could not count this funnel. {report.error}</LoadError>
      )}
      {data && !report.error && (
        <div aria-busy={report.loading || undefined} className={report.loading ? 'an-stale' : undefined}>
          <FunnelReportView report={data} />
          <div className="an-csv">
            <ExportCsvLink
              href={funnelCsvUrl(funnel.id, query)}
              what="the funnel"
              onSessionExpired={onSessionExpired}
            />
          </div>
        </div>
      )}
    </section>
  )
}
