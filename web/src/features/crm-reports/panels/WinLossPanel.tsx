import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { ChartFigure } from '../charts/ChartFigure.tsx'
import { HorizontalBars } from '../charts/HorizontalBars.tsx'
import { formatCount, formatMoney, formatRate, ownerLabel, plural, sourceLabel } from '../report-format.ts'
import type { WinLossReport } from '../reports-api.ts'
import { CurrencyPicker, EmptyReport, Kpis, SectionTitle, useCurrency } from './parts.tsx'

type Split = WinLossReport['owners'][number] | WinLossReport['sources'][number]
const SPLIT_COLUMNS = ['Won', 'Won amount', 'Lost', 'Lost amount', 'Win rate']

function SplitCells({ row }: { row: Split }) {
  return (
    <>
      <td className="report-num">{formatCount(row.wonCount)}</td>
      <td className="report-num">{formatMoney(row.wonAmountMinor, row.currency)}</td>
      <td className="report-num">{formatCount(row.lostCount)}</td>
      <td className="report-num">{formatMoney(row.lostAmountMinor, row.currency)}</td>
      <td className="report-num">{formatRate(row.winRate)}</td>
    </>
  )
}

const reasonLabel = (r: WinLossReport['reasons'][number]) =>
  `${r.status === 'won' ? 'Won' : 'Lost'}: ${r.reason ?? 'no reason given'}`

/** Why deals were won and lost, by whom, and from which sources their contacts came. */
export function WinLossPanel({ report }: { report: WinLossReport }) {
  const [currency, setCurrency] = useCurrency(report.currencies)
  if (report.currencies.length === 0) {
    return <EmptyReport>No deals were won or lost in this period.</EmptyReport>
  }
  const summary = report.summary.find((s) => s.currency === currency)
  const reasons = report.reasons.filter((r) => r.currency === currency)
  return (
    <>
      <CurrencyPicker currencies={report.currencies} value={currency} onChange={setCurrency} />
      <Kpis
        items={[
          {
            term: `Won (${currency})`,
            value: `${formatCount(summary?.wonCount ?? 0)} · ${formatMoney(summary?.wonAmountMinor ?? 0, currency)}`,
          },
          {
            term: 'Lost',
            value: `${formatCount(summary?.lostCount ?? 0)} · ${formatMoney(summary?.lostAmountMinor ?? 0, currency)}`,
          },
          { term: 'Win rate', value: formatRate(summary?.winRate ?? null) },
        ]}
      />
      <ChartFigure
        title={`Reasons (${currency})`}
        summary={reasons.map((r) => `${reasonLabel(r)}, ${plural(r.count, 'deal')}`).join('; ')}
        table={{
          caption: `Deals won and lost by reason in ${currency}`,
          columns: ['Reason', 'Deals', 'Amount'],
          rows: reasons.map((r) => ({
            key: `${r.status}-${r.reason}`,
            cells: [reasonLabel(r), formatCount(r.count), formatMoney(r.amountMinor, currency)],
          })),
        }}
        chart={(ids) => (
          <HorizontalBars
            {...ids}
            rows={reasons.map((r) => ({
              key: `${r.status}-${r.reason}`,
              label: reasonLabel(r),
              value: r.count,
              text: `${plural(r.count, 'deal')}, ${formatMoney(r.amountMinor, currency)}`,
            }))}
          />
        )}
      />
      <SectionTitle>By owner</SectionTitle>
      <ScrollTable caption="Deals won and lost by owner" columns={['Owner', 'Currency', ...SPLIT_COLUMNS]}>
        {report.owners.map((row) => (
          <tr key={`${row.ownerUserId}-${row.currency}`}>
            <th scope="row">{ownerLabel(row.ownerUserId, row.ownerName)}</th>
            <td>{row.currency}</td>
            <SplitCells row={row} />
          </tr>
        ))}
      </ScrollTable>
      <SectionTitle>By contact source</SectionTitle>
      <ScrollTable
        caption="Deals won and lost by the source of their contact"
        columns={['Source', 'Currency', ...SPLIT_COLUMNS]}
      >
        {report.sources.map((row) => (
          <tr key={`${row.source}-${row.currency}`}>
            <th scope="row">{sourceLabel(row.source)}</th>
            <td>{row.currency}</td>
            <SplitCells row={row} />
          </tr>
        ))}
      </ScrollTable>
    </>
  )
}
