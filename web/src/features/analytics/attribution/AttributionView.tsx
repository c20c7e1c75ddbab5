import { useMemo } from 'react'
import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { plural } from '../analytics-format.ts'
import { type ChartOption, EChart } from '../charts/EChart.tsx'
import type { Attribution } from './attribution-api.ts'
import { formatCredit, GROUPS, keyLabel, MODELS } from './attribution-format.ts'

// The chart shows the biggest rows; the table under it lists every one.
const CHART_ROWS = 10
const COLORS = ['#0f766e', '#b45309', '#1d4ed8', '#7e22ce']

const isRtl = () =>
  typeof document !== 'undefined' && getComputedStyle(document.documentElement).direction === 'rtl'

function chartOption(report: Attribution): ChartOption {
  const rows = report.rows.slice(0, CHART_ROWS)
  const rtl = isRtl()
  return {
    color: COLORS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: MODELS.map((m) => m.label) },
    grid: { top: 40, bottom: 8, left: 8, right: 16, containLabel: true },
    // Horizontal bars keep long source names readable on a phone; mirrored in right-to-left.
    xAxis: { type: 'value', inverse: rtl, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      position: rtl ? 'right' : 'left',
      data: rows.map((row) => keyLabel(report.groupBy, row.key)),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: MODELS.map((model) => ({
      type: 'bar',
      name: model.label,
      data: rows.map((row) => row[model.id]),
    })),
  }
}

function summary(report: Attribution): string {
  const top = report.rows[0]
  const group = GROUPS[report.groupBy].label.toLowerCase()
  if (!top || report.leads === 0) return 'No leads in this period.'
  const models = MODELS.map((m) => `${m.label} ${formatCredit(top[m.id])}`).join(', ')
  return `${plural(report.leads, 'lead')} credited by ${group}. The top one, ${keyLabel(report.groupBy, top.key)}, gets ${models}.`
}

/** Every model's credit per key, side by side: a grouped bar chart and, shown under it, the table of the same. */
export function AttributionView({ report }: { report: Attribution }) {
  const option = useMemo(() => chartOption(report), [report])
  const group = GROUPS[report.groupBy]
  return (
    <div className="an-chart-and-table">
      <EChart
        title={`Leads credited per ${group.label.toLowerCase()}, by model`}
        summary={`${summary(report)} The table below has every ${group.label.toLowerCase()}.`}
        option={option}
        height={Math.max(240, Math.min(report.rows.length, CHART_ROWS) * 72 + 60)}
      />
      <ScrollTable
        caption={`Leads credited to each ${group.label.toLowerCase()} by the four models`}
        columns={[group.heading, ...MODELS.map((m) => m.label)]}
        className="data-table an-attribution-table"
      >
        {report.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" dir="auto">
              {keyLabel(report.groupBy, row.key)}
            </th>
            {MODELS.map((model) => (
              <td key={model.id} className="an-num">
                {formatCredit(row[model.id])}
              </td>
            ))}
          </tr>
        ))}
        <tr className="an-total-row">
          <th scope="row">All leads</th>
          {MODELS.map((model) => (
            <td key={model.id} className="an-num">
              {formatCredit(report.leads)}
            </td>
          ))}
        </tr>
      </ScrollTable>
    </div>
  )
}
