import { useMemo } from 'react'
import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { formatCount, formatPercent, plural } from '../analytics-format.ts'
import { type ChartOption, EChart } from '../charts/EChart.tsx'
import type { FunnelReport } from './funnels-api.ts'

type Step = FunnelReport['steps'][number]

/** The chart in words: how many started, how many got to the end, and where most were lost. */
export function funnelSummary(steps: readonly Step[]): string {
  const first = steps[0]
  const last = steps.at(-1)
  if (!first || !last || first.visitors === 0) return 'No visitor reached the first step in this period.'
  let worst = steps[1]
  for (const step of steps.slice(1)) if (worst && step.dropOff > worst.dropOff) worst = step
  const worstIndex = worst ? steps.indexOf(worst) : -1
  const lost =
    worst && worstIndex > 0 && worst.dropOff > 0
      ? ` The most were lost between ${steps[worstIndex - 1]?.label} and ${worst.label} (${formatPercent(worst.dropOff)}).`
      : ''
  return `${plural(first.visitors, 'visitor')} reached ${first.label}; ${formatCount(last.visitors)} (${formatPercent(last.fromStart)}) went on to ${last.label}.${lost}`
}

function chartOption(steps: readonly Step[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        // The steps' own order, not sorted by size: a later step can never be larger anyway.
        sort: 'none',
        left: '5%',
        width: '90%',
        minSize: '8%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}: {c}', color: '#ffffff' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        color: ['#115e59', '#0f766e', '#0d9488', '#14b8a6', '#0e7490', '#155e75', '#1e40af', '#3730a3'],
        data: steps.map((step) => ({ name: step.label, value: step.visitors })),
      },
    ],
  }
}

/**
 * A funnel's steps as a chart, and the same numbers as a table under it: shown to everyone
 * (drop-off is read from the table), so it is not the chart's hidden table.
 */
export function FunnelReportView({ report }: { report: FunnelReport }) {
  const option = useMemo(() => chartOption(report.steps), [report.steps])
  return (
    <div className="an-chart-and-table">
      <EChart
        title={`Visitors through “${report.funnel.name}”`}
        summary={`${funnelSummary(report.steps)} The table below has every step.`}
        option={option}
        height={Math.max(220, report.steps.length * 64)}
      />
      <ScrollTable
        caption={`Visitors at each step of “${report.funnel.name}”`}
        columns={['Step', 'Visitors', 'Drop-off', 'From start']}
        className="data-table an-funnel-table"
      >
        {report.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps may share a label; their order is their identity
          <tr key={index}>
            <th scope="row">
              <span className="muted">{index + 1}. </span>
              {step.label}
            </th>
            <td className="an-num">{formatCount(step.visitors)}</td>
            <td className="an-num">
              {index === 0 ? (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">First step</span>
                </>
              ) : (
                formatPercent(step.dropOff)
              )}
            </td>
            <td className="an-num">{formatPercent(step.fromStart)}</td>
          </tr>
        ))}
      </ScrollTable>
    </div>
  )
}
