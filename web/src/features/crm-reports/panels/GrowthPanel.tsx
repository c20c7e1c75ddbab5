import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { ChartFigure } from '../charts/ChartFigure.tsx'
import { LineChart } from '../charts/LineChart.tsx'
import {
  formatCount,
  formatLongDay,
  formatLongPeriod,
  formatPeriod,
  plural,
  sourceLabel,
  wordLabel,
} from '../report-format.ts'
import type { GrowthReport } from '../reports-api.ts'
import { EmptyReport, Kpis, SectionTitle } from './parts.tsx'

/** New contacts per period, where they came from, and the running total. */
export function GrowthPanel({ report }: { report: GrowthReport }) {
  const { totals, series } = report
  if (totals.atEnd === 0) return <EmptyReport>There are no contacts yet.</EmptyReport>
  const busiest = series.reduce(
    (top, p) => (p.newContacts > top.newContacts ? p : top),
    series[0] ?? { period: report.from, newContacts: 0, cumulative: 0 },
  )
  return (
    <>
      <Kpis
        items={[
          { term: 'New contacts', value: formatCount(totals.newContacts) },
          { term: 'Contacts at the start', value: formatCount(totals.before) },
          { term: 'Contacts at the end', value: formatCount(totals.atEnd) },
        ]}
      />
      <ChartFigure
        title="Total contacts"
        summary={`From ${formatLongDay(report.from)} to ${formatLongDay(report.to)}: ${plural(totals.newContacts, 'new contact')}, from ${formatCount(totals.before)} to ${formatCount(totals.atEnd)}.${totals.newContacts > 0 ? ` Most new: ${formatLongPeriod(busiest.period, report.period)}, ${formatCount(busiest.newContacts)}.` : ''}`}
        table={{
          caption: `New and total contacts per ${report.period}`,
          columns: [report.period === 'month' ? 'Month' : 'Week', 'New contacts', 'Total contacts'],
          rows: series.map((p) => ({
            key: p.period,
            cells: [
              formatLongPeriod(p.period, report.period),
              formatCount(p.newContacts),
              formatCount(p.cumulative),
            ],
          })),
        }}
        chart={(ids) => (
          <LineChart
            {...ids}
            name="contacts"
            labels={series.map((p) => formatPeriod(p.period, report.period))}
            longLabels={series.map((p) => formatLongPeriod(p.period, report.period))}
            values={series.map((p) => p.cumulative)}
          />
        )}
      />
      <div className="report-tables">
        <div>
          <SectionTitle>By source</SectionTitle>
          <ScrollTable
            className="data-table report-table--narrow"
            caption="New contacts by source"
            columns={['Source', 'New contacts']}
          >
            {report.sources.map((s) => (
              <tr key={`${s.source}`}>
                <th scope="row">{sourceLabel(s.source)}</th>
                <td className="report-num">{formatCount(s.count)}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
        <div>
          <SectionTitle>By lifecycle stage</SectionTitle>
          <ScrollTable
            className="data-table report-table--narrow"
            caption="New contacts by lifecycle stage now"
            columns={['Lifecycle stage', 'New contacts']}
          >
            {report.lifecycleStages.map((s) => (
              <tr key={s.lifecycleStage}>
                <th scope="row">{wordLabel(s.lifecycleStage)}</th>
                <td className="report-num">{formatCount(s.count)}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
      </div>
    </>
  )
}
