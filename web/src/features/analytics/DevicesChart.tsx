import { useMemo } from 'react'
import type { CountRow } from './analytics-api.ts'
import { formatCount, formatPercent, valueLabel } from './analytics-format.ts'
import { AXIS_LABEL, COLORS, GRID, LEGEND } from './charts/chart-theme.ts'
import { DataTable } from './charts/DataTable.tsx'
import { type ChartOption, EChart } from './charts/EChart.tsx'

const visits = (row: CountRow) => row.views + row.scans

/** Page views and QR scans by kind of device (phone, tablet, computer). */
export function DevicesChart({ rows }: { rows: readonly CountRow[] }) {
  const total = rows.reduce((sum, row) => sum + visits(row), 0)
  const option = useMemo<ChartOption>(
    () => ({
      grid: GRID,
      legend: LEGEND,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      yAxis: {
        type: 'category',
        data: rows.map((row) => valueLabel('device', row.value)),
        inverse: true,
        axisLabel: AXIS_LABEL,
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
      series: [
        {
          type: 'bar',
          name: 'Page views',
          stack: 'visits',
          data: rows.map((r) => r.views),
          color: COLORS.primary,
        },
        {
          type: 'bar',
          name: 'QR scans',
          stack: 'visits',
          data: rows.map((r) => r.scans),
          color: COLORS.secondary,
        },
      ],
    }),
    [rows],
  )
  const summary =
    total === 0
      ? 'No page views or scans in this period.'
      : `${rows
          .map(
            (row) =>
              `${valueLabel('device', row.value)}: ${formatCount(visits(row))} (${formatPercent(visits(row) / total)})`,
          )
          .join('; ')}.`
  return (
    <EChart title="Devices" summary={summary} option={option} height={Math.max(200, 80 + rows.length * 32)}>
      <DataTable
        caption="Page views and QR scans by device"
        columns={['Device', 'Page views', 'QR scans', 'Share']}
        rows={rows.map((row) => ({
          key: row.value,
          cells: [
            valueLabel('device', row.value),
            formatCount(row.views),
            formatCount(row.scans),
            formatPercent(total > 0 ? visits(row) / total : 0),
          ],
        }))}
      />
    </EChart>
  )
}
