import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { BarChart } from '../charts/BarChart.tsx'
import { ChartFigure, Legend } from '../charts/ChartFigure.tsx'
import {
  formatCount,
  formatLongDay,
  formatLongPeriod,
  formatPeriod,
  ownerLabel,
  wordLabel,
} from '../report-format.ts'
import type { ActivityReport } from '../reports-api.ts'
import { EmptyReport, Kpis, SectionTitle } from './parts.tsx'

/** Activities created and completed per period, by type and member, and what is overdue now. */
export function ActivityPanel({ report }: { report: ActivityReport }) {
  const { totals } = report
  if (totals.created + totals.completed + totals.overdue === 0) {
    return (
      <EmptyReport>No notes, tasks, calls or meetings were logged or completed in this period.</EmptyReport>
    )
  }
  // The API counts per period and type; the chart shows each period's sum over the types.
  const perPeriod = report.periods.map((period) => {
    const points = report.series.filter((p) => p.period === period)
    return {
      period,
      created: points.reduce((sum, p) => sum + p.created, 0),
      completed: points.reduce((sum, p) => sum + p.completed, 0),
    }
  })
  return (
    <>
      <Kpis
        items={[
          { term: 'Created', value: formatCount(totals.created) },
          { term: 'Completed', value: formatCount(totals.completed) },
          { term: 'Overdue now', value: formatCount(totals.overdue) },
        ]}
      />
      <ChartFigure
        title={`Activities per ${report.period}`}
        summary={`From ${formatLongDay(report.from)} to ${formatLongDay(report.to)}: ${formatCount(totals.created)} ${totals.created === 1 ? 'activity' : 'activities'} created, ${formatCount(totals.completed)} completed; ${formatCount(totals.overdue)} overdue now.`}
        legend={
          <Legend
            items={[
              { label: 'Created', className: '' },
              { label: 'Completed', className: 'report-chart__key--rest' },
            ]}
          />
        }
        table={{
          caption: `Activities created and completed per ${report.period}`,
          columns: [report.period === 'month' ? 'Month' : 'Week', 'Created', 'Completed'],
          rows: perPeriod.map((p) => ({
            key: p.period,
            cells: [
              formatLongPeriod(p.period, report.period),
              formatCount(p.created),
              formatCount(p.completed),
            ],
          })),
        }}
        chart={(ids) => (
          <BarChart
            {...ids}
            labels={perPeriod.map((p) => formatPeriod(p.period, report.period))}
            longLabels={perPeriod.map((p) => formatLongPeriod(p.period, report.period))}
            series={[
              { name: 'created', className: '', values: perPeriod.map((p) => p.created) },
              {
                name: 'completed',
                className: 'report-chart__bar--rest',
                values: perPeriod.map((p) => p.completed),
              },
            ]}
            format={formatCount}
          />
        )}
      />
      <div className="report-tables">
        <div>
          <SectionTitle>By member</SectionTitle>
          <ScrollTable
            className="data-table report-table--narrow"
            caption="Activities by member"
            columns={['Member', 'Created', 'Completed', 'Overdue now']}
          >
            {report.rows.map((m) => (
              <tr key={`${m.userId}`}>
                <th scope="row">{m.userId || m.name ? ownerLabel(m.userId, m.name) : 'Nobody'}</th>
                <td className="report-num">{formatCount(m.created)}</td>
                <td className="report-num">{formatCount(m.completed)}</td>
                <td className="report-num">{formatCount(m.overdue)}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
        <div>
          <SectionTitle>By type</SectionTitle>
          <ScrollTable
            className="data-table report-table--narrow"
            caption="Activities by type"
            columns={['Type', 'Created', 'Completed']}
          >
            {report.byType.map((t) => (
              <tr key={t.type}>
                <th scope="row">{wordLabel(t.type)}</th>
                <td className="report-num">{formatCount(t.created)}</td>
                <td className="report-num">{formatCount(t.completed)}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
      </div>
    </>
  )
}
