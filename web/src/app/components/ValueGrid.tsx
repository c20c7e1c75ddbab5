/**
 * Horizontal grid lines across a chart's plot, one per tick, each labelled with its value to the
 * left of the plot. `block` is the chart's CSS block: its `__grid` and `__axis` elements style them.
 */
export function ValueGrid({
  block,
  ticks,
  y,
  left,
  right,
  format,
}: {
  block: string
  ticks: number[]
  y: (value: number) => number
  /** Where the plot starts and ends, in SVG units. */
  left: number
  right: number
  format: (value: number) => string
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line className={`${block}__grid`} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
      <text className={`${block}__axis`} x={left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
        {format(tick)}
      </text>
    </g>
  ))
}
