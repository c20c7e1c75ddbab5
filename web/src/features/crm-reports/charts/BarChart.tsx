import { labelIndexes } from '../report-format.ts'
import type { ChartNames } from './ChartSvg.tsx'
import { PLOT_HEIGHT, useValueScale, ValuePlot } from './ValuePlot.tsx'

const PAD = { top: 12, right: 12, bottom: 28, left: 64 }

export interface BarSeries {
  name: string
  /** A report-chart__bar--* modifier: each series differs by fill and outline, not colour alone. */
  className: string
  values: number[]
}

/**
 * Bars per period, one per series side by side (won amount; created and completed). Each bar
 * carries its exact value as a tooltip; the figure around it has the table.
 */
export function BarChart({
  labels,
  longLabels,
  series,
  format,
  axisFormat = format,
  ...names
}: ChartNames & {
  labels: string[]
  longLabels: string[]
  series: BarSeries[]
  format: (n: number) => string
  axisFormat?: (n: number) => string
}) {
  const scale = useValueScale(
    PAD,
    series.flatMap((s) => s.values),
  )
  const { width, plotW, y } = scale
  const slot = plotW / Math.max(1, labels.length)
  const barW = Math.max(2, Math.min(40, (slot * 0.8) / Math.max(1, series.length)))
  return (
    <ValuePlot scale={scale} axisFormat={axisFormat} {...names}>
      {labels.map((label, i) => {
        const groupX = PAD.left + i * slot + (slot - barW * series.length) / 2
        return (
          <g key={`${label}-${longLabels[i]}`}>
            {series.map((s, j) => {
              const value = s.values[i] ?? 0
              return (
                <rect
                  key={s.name}
                  className={`report-chart__bar ${s.className}`}
                  x={groupX + j * barW}
                  y={y(value)}
                  width={Math.max(1, barW - 1)}
                  height={Math.max(0, y(0) - y(value))}
                >
                  <title>{`${longLabels[i]}: ${s.name} ${format(value)}`}</title>
                </rect>
              )
            })}
          </g>
        )
      })}
      {labelIndexes(labels.length, width < 480 ? 4 : 8).map((i) => (
        <text
          key={i}
          className="report-chart__axis"
          x={PAD.left + (i + 0.5) * slot}
          y={PLOT_HEIGHT - 8}
          textAnchor="middle"
        >
          {labels[i]}
        </text>
      ))}
    </ValuePlot>
  )
}
