import { useMemo } from 'react'
import type { Overview, SeriesPoint } from './analytics-api.ts'
import { formatCount, formatDay, formatLongDay, plural } from './analytics-format.ts'
import { AXIS_LABEL, COLORS, GRID, LEGEND } from './charts/chart-theme.ts'
import { DataTable } from './charts/DataTable.tsx'
import { type ChartOption, EChart } from './charts/EChart.tsx'

type Metric = 'visitors' | 'views'

function line(name: string, data: number[], color: string, dashed: boolean) {
  return {
    type: 'line' as const,
    name,
    data,
    color,
    symbol: data.length <= 31 ? 'circle' : 'none',
    lineStyle: { width: dashed ? 2 : 2.5, type: dashed ? ('dashed' as const) : ('solid' as const) },
  }
}

function summaryOf(series: readonly SeriesPoint[], overview: Overview): string {
  const first = series[0]
  const last = series.at(-1)
  if (!first || !last) return 'No days in this period.'
  const { totals, previousTotals } = overview
  const period = `From ${formatLongDay(first.day)} to ${formatLongDay(last.day)}`
  if (totals.views + totals.visitors === 0) return `${period}: no visitors.`
  const busiest = series.reduce((best, point) => (point.visitors > best.visitors ? point : best), first)
  const before = previousTotals
    ? ` The previous period had ${plural(previousTotals.visitors, 'visitor')}.`
    : ''
  return (
    `${period}: ${plural(totals.visitors, 'visitor')} and ${plural(totals.views, 'page view')}. ` +
    `Busiest day: ${formatLongDay(busiest.day)}, with ${plural(busiest.visitors, 'visitor')}.${before}`
  )
}

/** Visitors and page views per day, the previous period's dashed underneath, day by day. */
export function TrafficChart({ overview }: { overview: Overview }) {
  const { series, previousSeries } = overview
  const option = useMemo<ChartOption>(() => {
    const pick = (points: readonly SeriesPoint[], metric: Metric) => points.map((p) => p[metric])
    const lines = [
      line('Visitors', pick(series, 'visitors'), COLORS.primary, false),
      line('Page views', pick(series, 'views'), COLORS.secondary, false),
    ]
    if (previousSeries) {
      lines.push(line('Visitors, previous period', pick(previousSeries, 'visitors'), COLORS.primary, true))
      lines.push(line('Page views, previous period', pick(previousSeries, 'views'), COLORS.secondary, true))
    }
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: series.map((p) => formatDay(p.day)),
        axisLabel: AXIS_LABEL,
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
      series: lines,
    }
  }, [series, previousSeries])

  const columns = ['Day', 'Visitors', 'Page views']
  if (previousSeries) columns.push('Visitors, previous period', 'Page views, previous period')
  return (
    <EChart title="Visitors and page views per day" summary={summaryOf(series, overview)} option={option}>
      <DataTable
        caption="Visitors and page views per day"
        columns={columns}
        rows={series.map((point, i) => {
          const before = previousSeries?.[i]
          const cells = [formatLongDay(point.day), formatCount(point.visitors), formatCount(point.views)]
          if (previousSeries) cells.push(formatCount(before?.visitors ?? 0), formatCount(before?.views ?? 0))
          return { key: point.day, cells }
        })}
      />
    </EChart>
  )
}
