import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { BarChart } from '../charts/BarChart.tsx'
import { ChartFigure } from '../charts/ChartFigure.tsx'
import {
  formatCount,
  formatDays,
  formatLongDay,
  formatLongPeriod,
  formatMoney,
  formatMoneyShort,
  formatPeriod,
  formatRate,
  ownerLabel,
  plural,
} from '../report-format.ts'
import type { SalesReport } from '../reports-api.ts'
import { CurrencyPicker, EmptyReport, Kpis, SectionTitle, useCurrency } from './parts.tsx'

function summaryOf(report: SalesReport, currency: string, points: SalesReport['series']): string {
  const period = `From ${formatLongDay(report.from)} to ${formatLongDay(report.to)}`
  const won = points.reduce((sum, p) => sum + p.wonCount, 0)
  if (won === 0) return `${period}: no deals won in ${currency}.`
  const best = points.reduce((top, p) => (p.wonAmountMinor > top.wonAmountMinor ? p : top))
  const total = points.reduce((sum, p) => sum + p.wonAmountMinor, 0)
  return `${period}: ${plural(won, 'deal')} won for ${formatMoney(total, currency)}. Best ${report.period}: ${formatLongPeriod(best.period, report.period)}, with ${formatMoney(best.wonAmountMinor, currency)}.`
}

/** Won deals per period and per owner, the win rate and the sales cycle. */
export function SalesPanel({ report }: { report: SalesReport }) {
  const [currency, setCurrency] = useCurrency(report.currencies)
  const { summary } = report
  if (summary.wonCount + summary.lostCount === 0) {
    return (
      <EmptyReport>
        No deals were won or lost in this period. Try a longer period or fewer filters.
      </EmptyReport>
    )
  }
  const points = report.series.filter((p) => p.currency === currency)
  const totals = report.byCurrency.find((c) => c.currency === currency)
  return (
    <>
      <CurrencyPicker currencies={report.currencies} value={currency} onChange={setCurrency} />
      <Kpis
        items={[
          { term: 'Deals won', value: formatCount(summary.wonCount) },
          { term: `Won amount (${currency})`, value: formatMoney(totals?.wonAmountMinor ?? 0, currency) },
          { term: 'Average deal', value: formatMoney(totals?.averageDealMinor ?? null, currency) },
          { term: 'Win rate', value: formatRate(summary.winRate) },
          { term: 'Average sales cycle', value: formatDays(summary.averageCycleDays) },
        ]}
      />
      <ChartFigure
        title={`Won per ${report.period} (${currency})`}
        summary={summaryOf(report, currency, points)}
        table={{
          caption: `Deals won per ${report.period} in ${currency}`,
          columns: [report.period === 'month' ? 'Month' : 'Week', 'Deals won', 'Won amount'],
          rows: points.map((p) => ({
            key: p.period,
            cells: [
              formatLongPeriod(p.period, report.period),
              formatCount(p.wonCount),
              formatMoney(p.wonAmountMinor, currency),
            ],
          })),
        }}
        chart={(ids) => (
          <BarChart
            {...ids}
            labels={points.map((p) => formatPeriod(p.period, report.period))}
            longLabels={points.map((p) => formatLongPeriod(p.period, report.period))}
            series={[{ name: 'won', className: '', values: points.map((p) => p.wonAmountMinor) }]}
            format={(n) => formatMoney(n, currency)}
            axisFormat={(n) => formatMoneyShort(n, currency)}
          />
        )}
      />
      <SectionTitle>By owner</SectionTitle>
      <ScrollTable
        caption="Deals closed by owner"
        columns={[
          'Owner',
          'Currency',
          'Won',
          'Won amount',
          'Lost',
          'Win rate',
          'Average deal',
          'Average cycle',
        ]}
      >
        {report.rows.map((row) => (
          <tr key={`${row.ownerUserId}-${row.currency}`}>
            <th scope="row">{ownerLabel(row.ownerUserId, row.ownerName)}</th>
            <td>{row.currency}</td>
            <td className="report-num">{formatCount(row.wonCount)}</td>
            <td className="report-num">{formatMoney(row.wonAmountMinor, row.currency)}</td>
            <td className="report-num">{formatCount(row.lostCount)}</td>
            <td className="report-num">{formatRate(row.winRate)}</td>
            <td className="report-num">{formatMoney(row.averageDealMinor, row.currency)}</td>
            <td className="report-num">{formatDays(row.averageCycleDays)}</td>
          </tr>
        ))}
      </ScrollTable>
      <p className="muted">
        Win rate: deals won out of those won or lost in the period. Sales cycle: days from a won deal&rsquo;s
        creation to its win.
      </p>
    </>
  )
}
