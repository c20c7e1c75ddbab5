import { useWidth } from '../../qr/analytics/useWidth.ts'
import { niceTicks } from '../report-format.ts'

const HEIGHT = 240
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
  title,
  labelledBy,
  describedBy,
}: {
  labels: string[]
  /** Shorter labels for a phone-wide chart. */
  narrowLabels?: string[]
  longLabels: string[]
  totals: number[]
  parts: number[]
  format: (n: number) => string
  axisFormat: (n: number) => string
  title: string
  labelledBy: string
  describedBy: string
}) {
  const [ref, width] = useWidth<SVGSVGElement>(640, 280)
  const plotW = width - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const ticks = niceTicks(Math.max(0, ...totals))
  const top = ticks.at(-1) || 1
  const slot = plotW / Math.max(1, labels.length)
  const barW = Math.max(4, Math.min(56, slot * 0.7))
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
            <text className="report-chart__axis" x={x + barW / 2} y={HEIGHT - 8} textAnchor="middle">
              {(width < 480 ? narrowLabels[i] : label) ?? label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
