import { useId } from 'react'
import { ValueGrid } from '../../../app/components/ValueGrid.tsx'
import type { QrAnalytics, SeriesPoint } from './analytics-api.ts'
import {
  countTicks,
  formatCount,
  formatDay,
  formatLongDay,
  labelIndexes,
  seriesSummary,
} from './analytics-format.ts'
import { useWidth } from './useWidth.ts'

const HEIGHT = 240
const PAD = { top: 12, right: 20, bottom: 28, left: 44 }
const PLOT_H = HEIGHT - PAD.top - PAD.bottom

/**
 * Scans and unique scanners per day as two lines (solid and dashed, so they differ without
 * colour). The picture is one image to assistive technology, named by its caption and described
 * by the summary; the numbers behind it are in a table that only screen readers show.
 */
export function ScansChart({ series, totals }: { series: SeriesPoint[]; totals: QrAnalytics['totals'] }) {
  const id = useId()
  const [svgRef, width] = useWidth<SVGSVGElement>(640, 280)
  const PLOT_W = width - PAD.left - PAD.right
  const ticks = countTicks(Math.max(0, ...series.map((p) => p.scans)))
  const top = ticks.at(-1) ?? 1
  const x = (i: number) => PAD.left + (series.length <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (series.length - 1))
  const y = (n: number) => PAD.top + PLOT_H - (n / top) * PLOT_H
  const line = (pick: (p: SeriesPoint) => number) =>
    series.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ')
  const area =
    series.length > 1 ? `${line((p) => p.scans)} L${x(series.length - 1)},${y(0)} L${x(0)},${y(0)} Z` : ''
  const dots = series.length <= 31

  return (
    <figure className="qr-chart">
      <figcaption id={`${id}-title`} className="qr-chart__title">
        Scans per day
      </figcaption>
      <ul className="qr-chart__legend" aria-hidden="true">
        <li>
          <span className="qr-chart__key qr-chart__key--scans" /> Scans
        </li>
        <li>
          <span className="qr-chart__key qr-chart__key--uniques" /> Unique scanners
        </li>
      </ul>
      <svg
        ref={svgRef}
        className="qr-chart__svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <title>Scans per day</title>
        <ValueGrid
          block="qr-chart"
          ticks={ticks}
          y={y}
          left={PAD.left}
          right={width - PAD.right}
          format={formatCount}
        />
        {labelIndexes(series.length, width < 480 ? 3 : 6).map((i) => (
          <text key={i} className="qr-chart__axis" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
            {formatDay(series[i]?.day ?? '')}
          </text>
        ))}
        {area && <path className="qr-chart__area" d={area} />}
        <path className="qr-chart__line qr-chart__line--scans" d={line((p) => p.scans)} />
        <path className="qr-chart__line qr-chart__line--uniques" d={line((p) => p.uniques)} />
        {dots &&
          series.map((p, i) => (
            <circle key={p.day} className="qr-chart__dot" cx={x(i)} cy={y(p.scans)} r={3}>
              <title>
                {formatLongDay(p.day)}: {formatCount(p.scans)} scans, {formatCount(p.uniques)} unique
              </title>
            </circle>
          ))}
      </svg>
      <p id={`${id}-summary`} className="qr-chart__summary muted">
        {seriesSummary(series, totals)}
      </p>
      <table className="visually-hidden">
        <caption>Scans, unique scanners and leads per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Scans</th>
            <th scope="col">Unique scanners</th>
            <th scope="col">Leads</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.day}>
              <th scope="row">{formatLongDay(p.day)}</th>
              <td>{p.scans}</td>
              <td>{p.uniques}</td>
              <td>{p.leads}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
