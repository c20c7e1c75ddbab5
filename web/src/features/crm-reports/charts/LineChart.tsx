import { useWidth } from '../../qr/analytics/useWidth.ts'
import { formatCount, labelIndexes, niceTicks } from '../report-format.ts'

const HEIGHT = 240
const PAD = { top: 12, right: 20, bottom: 28, left: 56 }

/** One line over the periods (the running total of contacts), with a dot per period. */
export function LineChart({
  labels,
  longLabels,
  values,
  name,
  title,
  labelledBy,
  describedBy,
}: {
  labels: string[]
  longLabels: string[]
  values: number[]
  name: string
  title: string
  labelledBy: string
  describedBy: string
}) {
  const [ref, width] = useWidth<SVGSVGElement>(640, 280)
  const plotW = width - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const ticks = niceTicks(Math.max(0, ...values))
  const top = ticks.at(-1) || 1
  const x = (i: number) => PAD.left + (values.length <= 1 ? plotW / 2 : (i * plotW) / (values.length - 1))
  const y = (n: number) => PAD.top + plotH - (n / top) * plotH
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')
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
            {formatCount(tick)}
          </text>
        </g>
      ))}
      {labelIndexes(labels.length, width < 480 ? 3 : 6).map((i) => (
        <text key={i} className="report-chart__axis" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
          {labels[i]}
        </text>
      ))}
      <path className="report-chart__line" d={path} />
      {values.map((v, i) => (
        <circle key={`${labels[i]}-${longLabels[i]}`} className="report-chart__dot" cx={x(i)} cy={y(v)} r={3}>
          <title>{`${longLabels[i]}: ${formatCount(v)} ${name}`}</title>
        </circle>
      ))}
    </svg>
  )
}
