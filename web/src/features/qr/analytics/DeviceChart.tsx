import { useId } from 'react'
import type { QrAnalytics } from './analytics-api.ts'
import { DEVICE_LABELS, formatCount, formatPercent, shareOf } from './analytics-format.ts'
import { useWidth } from './useWidth.ts'

const ROW = 32
const LABEL_W = 80
const VALUE_W = 96

/**
 * The device split as horizontal bars. One image to assistive technology; its description
 * lists every device with its count and share, so nothing is only in the picture.
 */
export function DeviceChart({ devices, total }: { devices: QrAnalytics['devices']; total: number }) {
  const id = useId()
  const [figureRef, width] = useWidth<HTMLElement>(360, 240)
  const rows = [...devices].sort((a, b) => b.scans - a.scans)
  const barMax = width - LABEL_W - VALUE_W
  const described = rows
    .map(
      (d) => `${DEVICE_LABELS[d.value]}: ${formatCount(d.scans)} (${formatPercent(shareOf(d.scans, total))})`,
    )
    .join(', ')
  return (
    // The figure is measured (its content box is the picture's width): the picture comes and goes.
    <figure ref={figureRef} className="qr-chart qr-chart--devices">
      <figcaption id={`${id}-title`} className="qr-chart__title">
        Devices
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">No scans from any device in this period.</p>
      ) : (
        <>
          <svg
            className="qr-chart__svg qr-chart__svg--bars"
            viewBox={`0 0 ${width} ${rows.length * ROW}`}
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-summary`}
          >
            <title>Devices</title>
            {rows.map((d, i) => {
              const share = shareOf(d.scans, total)
              return (
                <g key={d.value} transform={`translate(0 ${i * ROW})`}>
                  <text className="qr-chart__label" x={0} y={ROW / 2} dominantBaseline="middle">
                    {DEVICE_LABELS[d.value]}
                  </text>
                  <rect
                    className="qr-chart__track"
                    x={LABEL_W}
                    y={6}
                    width={barMax}
                    height={ROW - 12}
                    rx={3}
                  />
                  <rect
                    className="qr-chart__bar"
                    x={LABEL_W}
                    y={6}
                    width={Math.max(share > 0 ? 2 : 0, share * barMax)}
                    height={ROW - 12}
                    rx={3}
                  />
                  <text
                    className="qr-chart__label"
                    x={width}
                    y={ROW / 2}
                    textAnchor="end"
                    dominantBaseline="middle"
                  >
                    {formatCount(d.scans)} · {formatPercent(share)}
                  </text>
                </g>
              )
            })}
          </svg>
          <p id={`${id}-summary`} className="qr-chart__summary muted">
            {described}.
          </p>
        </>
      )}
    </figure>
  )
}
