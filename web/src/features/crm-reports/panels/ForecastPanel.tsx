import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { ChartFigure, Legend } from '../charts/ChartFigure.tsx'
import { StackedBars } from '../charts/StackedBars.tsx'
import {
  formatBucket,
  formatBucketShort,
  formatCount,
  formatLongDay,
  formatMoney,
  formatMoneyShort,
  ownerLabel,
  plural,
} from '../report-format.ts'
import type { ForecastReport } from '../reports-api.ts'
import { CurrencyPicker, EmptyReport, Kpis, SectionTitle, useCurrency } from './parts.tsx'

type Point = ForecastReport['series'][number]

function forecastSummary(points: Point[], currency: string): string {
  const total = points.reduce((sum, p) => sum + p.amountMinor, 0)
  const weighted = points.reduce((sum, p) => sum + p.weightedAmountMinor, 0)
  const busiest = points.reduce(
    (top, p) => (p.weightedAmountMinor > top.weightedAmountMinor ? p : top),
    points[0] as Point,
  )
  return `${formatMoney(total, currency)} open, ${formatMoney(weighted, currency)} weighted by stage. Largest weighted amount: ${formatBucket(busiest.bucket)}, ${formatMoney(busiest.weightedAmountMinor, currency)}.`
}

/** Open deals by expected close month and owner, weighted by stage, with what was won this month. */
export function ForecastPanel({ report }: { report: ForecastReport }) {
  const [currency, setCurrency] = useCurrency(report.currencies)
  const { noDate, later } = report.unscheduled
  const left =
    noDate + later > 0
      ? `Not in the forecast: ${plural(noDate, 'open deal')} without an expected close date and ${formatCount(later)} expected later than six months.`
      : ''
  if (report.currencies.length === 0) {
    return (
      <>
        <EmptyReport>
          No open deals are expected to close in the next six months, and none was won this month.
        </EmptyReport>
        {left && <p className="muted">{left}</p>}
      </>
    )
  }
  const points = report.series.filter((p) => p.currency === currency)
  const totals = report.totals.find((t) => t.currency === currency)
  const owners = report.owners.filter((o) => o.currency === currency)
  const cell = (ownerUserId: string | null, bucket: string) =>
    report.rows.find((r) => r.ownerUserId === ownerUserId && r.bucket === bucket && r.currency === currency)
  return (
    <>
      <p className="muted">
        As of {formatLongDay(report.asOf)}: open deals by the month they are expected to close.
      </p>
      <CurrencyPicker currencies={report.currencies} value={currency} onChange={setCurrency} />
      <Kpis
        items={[
          { term: `Open amount (${currency})`, value: formatMoney(totals?.amountMinor ?? 0, currency) },
          { term: 'Weighted amount', value: formatMoney(totals?.weightedAmountMinor ?? 0, currency) },
          { term: 'Won this month', value: formatMoney(totals?.committedAmountMinor ?? 0, currency) },
          {
            term: 'Overdue',
            value: formatMoney(points.find((p) => p.bucket === 'overdue')?.amountMinor ?? 0, currency),
          },
        ]}
      />
      <ChartFigure
        title={`Forecast by expected close month (${currency})`}
        summary={forecastSummary(points, currency)}
        legend={
          <Legend
            items={[
              { label: 'Weighted amount', className: '' },
              { label: 'Rest of the open amount', className: 'report-chart__key--rest' },
            ]}
          />
        }
        table={{
          caption: `Open and weighted amount by expected close month in ${currency}`,
          columns: ['Expected close', 'Deals', 'Open amount', 'Weighted amount'],
          rows: points.map((p) => ({
            key: p.bucket,
            cells: [
              formatBucket(p.bucket),
              formatCount(p.count),
              formatMoney(p.amountMinor, currency),
              formatMoney(p.weightedAmountMinor, currency),
            ],
          })),
        }}
        chart={(ids) => (
          <StackedBars
            {...ids}
            labels={points.map((p) => formatBucketShort(p.bucket, 'Overdue'))}
            narrowLabels={points.map((p) => formatBucketShort(p.bucket, 'Late'))}
            longLabels={points.map((p) => formatBucket(p.bucket))}
            totals={points.map((p) => p.amountMinor)}
            parts={points.map((p) => p.weightedAmountMinor)}
            format={(n) => formatMoney(n, currency)}
            axisFormat={(n) => formatMoneyShort(n, currency)}
          />
        )}
      />
      {left && <p className="muted">{left}</p>}
      <SectionTitle>Weighted amount by owner and month</SectionTitle>
      <ScrollTable
        caption={`Weighted amount by owner and expected close month in ${currency}`}
        columns={[
          'Owner',
          ...report.buckets.map(formatBucket),
          'Weighted total',
          'Open total',
          'Won this month',
        ]}
      >
        {owners.map((o) => (
          <tr key={`${o.ownerUserId}`}>
            <th scope="row">{ownerLabel(o.ownerUserId, o.ownerName)}</th>
            {report.buckets.map((bucket) => {
              const c = cell(o.ownerUserId, bucket)
              return (
                <td key={bucket} className="report-num">
                  {c ? formatMoney(c.weightedAmountMinor, currency) : '—'}
                </td>
              )
            })}
            <td className="report-num">{formatMoney(o.weightedAmountMinor, currency)}</td>
            <td className="report-num">{formatMoney(o.amountMinor, currency)}</td>
            <td className="report-num">{formatMoney(o.committedAmountMinor, currency)}</td>
          </tr>
        ))}
      </ScrollTable>
    </>
  )
}
