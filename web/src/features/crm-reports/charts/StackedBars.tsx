import type { ChartNames } from './ChartSvg.tsx'
import { PLOT_HEIGHT, useValueScale, ValuePlot } from './ValuePlot.tsx'

const PAD = { top: 12, right: 12, bottom: 28, left: 64 }

/**
 * One bar per month, as tall as the open amount: its solid lower part is the weighted amount,
 * the outlined rest what the win probabilities discount.
 */
export function StackedBars({
  labels,
  narrowLabels = labels,
  longLabels,
  totals,
  parts,
  format,
  axisFormat,
  ...names
}: ChartNames & {
  labels: string[]
  /** Shorter labels for a phone-wide chart. */
  narrowLabels?: string[]
  longLabels: string[]
  totals: number[]
  parts: number[]
  format: (n: number) => string
  axisFormat: (n: number) => string
}) {
  const scale = useValueScale(PAD, totals)
  const { width, plotW, y } = scale
  const slot = plotW / Math.max(1, labels.length)
  const barW = Math.max(4, Math.min(56, slot * 0.7))
  return (
    <ValuePlot scale={scale} axisFormat={axisFormat} {...names}>
      {labels.map((label, i) => {
        const total = totals[i] ?? 0
        const part = Math.min(total, parts[i] ?? 0)
        const x = PAD.left + i * slot + (slot - barW) / 2
        return (
          <g key={label}>
            <title>{`${longLabels[i]}: ${format(total)} open, ${format(part)} weighted`}</title>
            <rect
              className="report-chart__bar report-chart__bar--rest"
              x={x}
              y={y(total)}
              width={barW}
              height={Math.max(0, y(part) - y(total))}
            />
            <rect
              className="report-chart__bar"
              x={x}
              y={y(part)}
              width={barW}
              height={Math.max(0, y(0) - y(part))}
            />
            <text className="report-chart__axis" x={x + barW / 2} y={PLOT_HEIGHT - 8} textAnchor="middle">
              {(width < 480 ? narrowLabels[i] : label) ?? label}
            </text>
          </g>
        )
      })}
    </ValuePlot>
  )
}
