import type { BarSeriesOption } from 'echarts/charts'
import { useMemo } from 'react'
import type { Overview } from './analytics-api.ts'
import { ACTION_LABELS, countChange, formatCount, plural } from './analytics-format.ts'
import { AXIS_LABEL, COLORS, GRID, LEGEND } from './charts/chart-theme.ts'
import { DataTable } from './charts/DataTable.tsx'
import { type ChartOption, EChart } from './charts/EChart.tsx'

const HATCH = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.55)',
}

function summaryOf(actions: Overview['actions']): string {
  const done = actions.filter((a) => a.count > 0).sort((a, b) => b.count - a.count)
  if (done.length === 0) return 'No actions in this period.'
  return `${done.map((a) => `${ACTION_LABELS[a.type]}: ${formatCount(a.count)}`).join('; ')}.`
}

/** What visitors did on the pages, by type, beside the previous period's when compared. */
export function ActionsChart({ overview }: { overview: Overview }) {
  const actions = overview.actions
  const compared = overview.previousTotals !== null
  const option = useMemo<ChartOption>(() => {
    const labels = actions.map((a) => ACTION_LABELS[a.type])
    const bars: BarSeriesOption[] = [
      { type: 'bar', name: 'This period', data: actions.map((a) => a.count), color: COLORS.primary },
    ]
    if (compared)
      bars.push({
        type: 'bar',
        name: 'Previous period',
        data: actions.map((a) => a.previous ?? 0),
        color: COLORS.previous,
        // Hatched, so the two bars differ without colour.
        itemStyle: { decal: HATCH },
      })
    return {
      grid: GRID,
      legend: LEGEND,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // Types from the top down, in the order the API lists them.
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: AXIS_LABEL },
      xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
      series: bars,
    }
  }, [actions, compared])

  const columns = compared ? ['Action', 'This period', 'Previous period', 'Change'] : ['Action', 'Count']
  return (
    <EChart
      title="Actions by type"
      summary={summaryOf(actions)}
      option={option}
      height={Math.max(220, 48 + actions.length * (compared ? 36 : 26))}
    >
      <DataTable
        caption={`Actions by type (${plural(overview.totals.actions, 'action')} in all)`}
        columns={columns}
        rows={actions.map((a) => ({
          key: a.type,
          cells: compared
            ? [
                ACTION_LABELS[a.type],
                formatCount(a.count),
                formatCount(a.previous ?? 0),
                countChange(a.count, a.previous).text,
              ]
            : [ACTION_LABELS[a.type], formatCount(a.count)],
        }))}
      />
    </EChart>
  )
}
