import { useId } from 'react'
import type { AnalyticsScope, QrAnalytics } from './analytics-api.ts'
import {
  countryName,
  formatCount,
  formatLongDay,
  formatPercent,
  fullSeries,
  plural,
} from './analytics-format.ts'
import { CodesTable } from './CodesTable.tsx'
import { CountTable } from './CountTable.tsx'
import { DeviceChart } from './DeviceChart.tsx'
import { ExportCsvLink } from './ExportCsvLink.tsx'
import { ScansChart } from './ScansChart.tsx'

/** Everything about one scope and period: totals, the charts, the tables and the CSV export. */
export function AnalyticsReport({
  report,
  scope,
  csvUrl,
  search,
  onSessionExpired,
}: {
  report: QrAnalytics
  scope: AnalyticsScope
  csvUrl: string
  /** The period as a query string, carried into links to one code's analytics. */
  search: string
  onSessionExpired: () => void
}) {
  const id = useId()
  const { totals } = report
  const total = totals.scans
  return (
    <div className="qr-report">
      <dl className="qr-kpis">
        <div>
          <dt>Scans</dt>
          <dd>{formatCount(totals.scans)}</dd>
        </div>
        <div>
          <dt>Unique scanners</dt>
          <dd>{formatCount(totals.uniques)}</dd>
        </div>
        <div>
          <dt>Leads from scans</dt>
          <dd>{formatCount(totals.leads)}</dd>
        </div>
        <div>
          <dt>Conversion</dt>
          <dd>{formatPercent(totals.conversionRate)}</dd>
        </div>
      </dl>
      <p className="muted">
        Unique scanners are counted per code and day without cookies.
        {totals.bots > 0 && ` ${plural(totals.bots, 'visit')} by bots and link checkers are left out.`}
      </p>

      <div className="qr-report__charts">
        <ScansChart series={fullSeries(report.series, report.from, report.to)} totals={totals} />
        <DeviceChart devices={report.devices} total={total} />
      </div>

      <section className="qr-conversion" aria-labelledby={`${id}-conversion`}>
        <h2 id={`${id}-conversion`} className="section-title">
          From scan to lead
        </h2>
        <p>
          {totals.leads === 0
            ? 'No lead was sent yet from a page reached through these codes in this period.'
            : `${plural(totals.leads, 'lead')} came from pages visitors reached through these codes: ${formatPercent(
                totals.conversionRate,
              )} of ${plural(totals.scans, 'scan')}.`}
        </p>
      </section>

      <h2 className="section-title">Where and how people scan</h2>
      <div className="qr-report__tables">
        {scope.kind !== 'code' && <CodesTable rows={report.codes} total={total} search={search} />}
        {scope.kind !== 'code' && (
          <CountTable
            caption="Top placements"
            heading="Placement"
            rows={report.placements}
            total={total}
            label={(row) => row.value || 'No placement'}
          />
        )}
        <CountTable
          caption="Countries"
          heading="Country"
          rows={report.countries}
          total={total}
          label={(row) => countryName(row.value)}
        />
        <CountTable caption="Cities" heading="City" rows={report.cities} total={total} />
        <CountTable caption="Operating systems" heading="System" rows={report.os} total={total} />
        <CountTable caption="Browsers" heading="Browser" rows={report.browsers} total={total} />
      </div>

      <div className="qr-report__export">
        <p className="muted">
          Every scan from {formatLongDay(report.from)} to {formatLongDay(report.to)}, one row each (no IP
          addresses are kept, so none are in it).
        </p>
        <ExportCsvLink href={csvUrl} onSessionExpired={onSessionExpired} />
      </div>
    </div>
  )
}
