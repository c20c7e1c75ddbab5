import { formatCount, labelIndexes } from '../report-format.ts'
import type { ChartNames } from './ChartSvg.tsx'
import { PLOT_HEIGHT, useValueScale, ValuePlot } from './ValuePlot.tsx'

const PAD = { top: 12, right: 20, bottom: 28, left: 56 }

/** One line over the periods (the running total of contacts), with a dot per period. */
export function LineChart({
  labels,
  longLabels,
  values,
  name,
  ...names
}: ChartNames & {
  labels: string[]
  longLabels: string[]
  values: number[]
  name: string
}) {
  const scale = useValueScale(PAD, values)
  const { width, plotW, y } = scale
  const x = (i: number) => PAD.left + (values.length <= 1 ? plotW / 2 : (i * plotW) / (values.length - 1))
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')
  return (
    <ValuePlot scale={scale} axisFormat={formatCount} {...names}>
      {labelIndexes(labels.length, width < 480 ? 3 : 6).map((i) => (
        <text key={i} className="report-chart__axis" x={x(i)} y={PLOT_HEIGHT - 8} textAnchor="middle">
          {labels[i]}
        </text>
      ))}
      <path className="report-chart__line" d={path} />
      {values.map((v, i) => (
        <circle key={`${labels[i]}-${longLabels[i]}`} className="report-chart__dot" cx={x(i)} cy={y(v)} r={3}>
          <title>{`${longLabels[i]}: ${formatCount(v)} ${name}`}</title>
        </circle>
      ))}
    </ValuePlot>
  )
}
