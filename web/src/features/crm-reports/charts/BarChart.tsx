import { useWidth } from '../../qr/analytics/useWidth.ts'
import { labelIndexes, niceTicks } from '../report-format.ts'

const HEIGHT = 240
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
  title,
  labelledBy,
  describedBy,
}: {
  labels: string[]
  longLabels: string[]
  series: BarSeries[]
  format: (n: number) => string
  axisFormat?: (n: number) => string
  title: string
  labelledBy: string
  describedBy: string
}) {
  const [ref, width] = useWidth<SVGSVGElement>(640, 280)
  const plotW = width - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const ticks = niceTicks(Math.max(0, ...series.flatMap((s) => s.values)))
  const top = ticks.at(-1) || 1
  const slot = plotW / Math.max(1, labels.length)
  const barW = Math.max(2, Math.min(40, (slot * 0.8) / Math.max(1, series.length)))
  const y = (n: number) => PAD.top + plotH - (n / top) * plotH
  return (
    <svg
      ref={ref}
      className="report-chart__svg"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <title>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className="report-chart__grid"
            x1={PAD.left}
            x2={width - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text
            className="report-chart__axis"
            x={PAD.left - 6}
            y={y(tick)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {axisFormat(tick)}
          </text>
        </g>
      ))}
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
          y={HEIGHT - 8}
          textAnchor="middle"
        >
          {labels[i]}
        </text>
      ))}
    </svg>
  )
}
