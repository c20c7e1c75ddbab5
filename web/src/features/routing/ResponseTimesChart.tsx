import { useId } from 'react'
import { useWidth } from '../qr/analytics/useWidth.ts'
import { minutesText, type Stats, statsSentence } from './response-format.ts'

const ROW = 40
const LABEL_W = 140
const VALUE_W = 150

export interface ChartRow extends Stats {
  key: string
  name: string
}

/**
 * Median minutes to the first response per row, as horizontal bars with the 90th percentile as
 * the lighter track behind. One image to assistive technology, described in full beside it.
 */
export function ResponseTimesChart({ title, rows }: { title: string; rows: ChartRow[] }) {
  const id = useId()
  const [figureRef, width] = useWidth<HTMLElement>(480, 280)
  const answered = rows.filter((r) => r.medianMinutes !== null)
  const max = Math.max(1, ...answered.map((r) => r.p90Minutes ?? r.medianMinutes ?? 0))
  const barMax = Math.max(40, width - LABEL_W - VALUE_W)
  const scale = (minutes: number | null) => ((minutes ?? 0) / max) * barMax
  const clip = (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name)
  return (
    <figure ref={figureRef} className="qr-chart routing-chart">
      <figcaption id={`${id}-title`} className="qr-chart__title">
        {title}
      </figcaption>
      {answered.length === 0 ? (
        <p className="muted">No answered leads in this period.</p>
      ) : (
        <>
          <svg
            className="qr-chart__svg qr-chart__svg--bars"
            viewBox={`0 0 ${width} ${answered.length * ROW}`}
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-summary`}
          >
            <title>{title}</title>
            {answered.map((row, i) => (
              <g key={row.key} transform={`translate(0 ${i * ROW})`}>
                <text className="qr-chart__label" x={0} y={ROW / 2} dominantBaseline="middle">
                  {clip(row.name)}
                </text>
                <rect
                  className="qr-chart__track"
                  x={LABEL_W}
                  y={8}
                  width={scale(row.p90Minutes)}
                  height={ROW - 16}
                  rx={3}
                />
                <rect
                  className="qr-chart__bar"
                  x={LABEL_W}
                  y={8}
                  width={Math.max(2, scale(row.medianMinutes))}
                  height={ROW - 16}
                  rx={3}
                />
                <text
                  className="qr-chart__label"
                  x={width}
                  y={ROW / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                >
                  {minutesText(row.medianMinutes)} · p90 {minutesText(row.p90Minutes)}
                </text>
              </g>
            ))}
          </svg>
          <p id={`${id}-summary`} className="qr-chart__summary muted">
            Bars show the median minutes to the first response; the lighter bar behind, the 90th percentile.{' '}
            {rows.map((r) => statsSentence(r.name, r)).join('. ')}.
          </p>
        </>
      )}
    </figure>
  )
}
