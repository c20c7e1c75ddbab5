import { useWidth } from '../../qr/analytics/useWidth.ts'
import { type ChartNames, ChartSvg } from './ChartSvg.tsx'

const ROW = 44
const PAD = { top: 4, right: 12, left: 4 }

export interface HorizontalBar {
  key: string
  label: string
  /** The bar's length (the track, when `part` is given). */
  value: number
  /** Drawn solid inside the track: of those entering a stage, those who moved further. */
  part?: number
  /** What is written after the bar. */
  text: string
}

/**
 * One bar per row with its label above it, so long stage names and reasons fit a phone: a
 * funnel of stages (entered, and the part that moved further) or counts by reason.
 */
export function HorizontalBars({
  rows,
  ...names
}: ChartNames & {
  rows: HorizontalBar[]
}) {
  const [ref, width] = useWidth<SVGSVGElement>(640, 280)
  const max = Math.max(1, ...rows.map((r) => r.value))
  // Room after the bar for its text.
  const barSpace = Math.max(40, width - PAD.left - PAD.right - 120)
  const length = (n: number) => (n / max) * barSpace
  const height = PAD.top + rows.length * ROW
  return (
    <ChartSvg svgRef={ref} width={width} height={height} {...names}>
      {rows.map((row, i) => {
        const top = PAD.top + i * ROW
        const solid = row.part ?? row.value
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${row.text}`}</title>
            <text className="report-chart__label" x={PAD.left} y={top + 14}>
              {row.label}
            </text>
            {row.part !== undefined && (
              <rect
                className="report-chart__bar report-chart__bar--rest"
                x={PAD.left}
                y={top + 20}
                width={Math.max(1, length(row.value))}
                height={16}
              />
            )}
            <rect
              className="report-chart__bar"
              x={PAD.left}
              y={top + 20}
              width={solid > 0 ? Math.max(2, length(solid)) : 0}
              height={16}
            />
            <text className="report-chart__axis" x={PAD.left + length(row.value) + 6} y={top + 32}>
              {row.text}
            </text>
          </g>
        )
      })}
    </ChartSvg>
  )
}
