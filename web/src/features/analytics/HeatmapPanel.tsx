import { useCallback, useId, useMemo, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { useLoad } from '../../app/useLoad.ts'
import { ExportCsvLink } from '../qr/analytics/ExportCsvLink.tsx'
import { type AnalyticsParams, csvUrl, getHeatmap, type Heatmap } from './analytics-api.ts'
import { browserTimeZone, formatCount, hourLabel, weekdayNames } from './analytics-format.ts'
import { AXIS_LABEL, COLORS } from './charts/chart-theme.ts'
import { DataTable } from './charts/DataTable.tsx'
import { type ChartOption, EChart } from './charts/EChart.tsx'

const METRICS = [
  { id: 'views', label: 'Page views' },
  { id: 'actions', label: 'Actions' },
  { id: 'scans', label: 'QR scans' },
  { id: 'leads', label: 'Leads' },
] as const
type Metric = (typeof METRICS)[number]['id']

const HOURS = Array.from({ length: 24 }, (_, hour) => hour)

/** value[weekday][hour] for one metric. */
function grid(heatmap: Heatmap, metric: Metric): number[][] {
  const cells = Array.from({ length: 7 }, () => HOURS.map(() => 0))
  for (const cell of heatmap.cells) {
    const row = cells[cell.weekday]
    if (row) row[cell.hour] = cell[metric]
  }
  return cells
}

function summaryOf(values: number[][], days: string[], label: string): string {
  let best = { day: 0, hour: 0, value: 0 }
  values.forEach((row, day) => {
    row.forEach((value, hour) => {
      if (value > best.value) best = { day, hour, value }
    })
  })
  if (best.value === 0) return `No ${label.toLowerCase()} in this period.`
  return `Busiest hour: ${days[best.day]} at ${hourLabel(best.hour)}, with ${formatCount(best.value)} ${label.toLowerCase()}.`
}

/** When people come: weekday × hour in the browser's time zone, for one chosen measure. */
export function HeatmapPanel({
  params,
  onSessionExpired,
}: {
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const id = useId()
  const [timeZone] = useState(browserTimeZone)
  const [metric, setMetric] = useState<Metric>('views')
  const fetch = useCallback((signal: AbortSignal) => getHeatmap(params, timeZone, signal), [params, timeZone])
  const heatmap = useLoad(JSON.stringify(params), fetch, onSessionExpired)
  const label = METRICS.find((m) => m.id === metric)?.label ?? ''
  const longDays = useMemo(() => weekdayNames('long'), [])
  const shortDays = useMemo(() => weekdayNames('short'), [])
  const values = useMemo(() => (heatmap.data ? grid(heatmap.data, metric) : null), [heatmap.data, metric])
  const option = useMemo<ChartOption | null>(() => {
    if (!values) return null
    const max = Math.max(1, ...values.flat())
    return {
      grid: {
        left: 8,
        right: 8,
        top: 8,
        bottom: 64,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { position: 'top' },
      xAxis: { type: 'category', data: HOURS.map((h) => String(h).padStart(2, '0')), axisLabel: AXIS_LABEL },
      yAxis: { type: 'category', data: shortDays, inverse: true, axisLabel: AXIS_LABEL },
      visualMap: {
        min: 0,
        max,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        inRange: { color: ['#f0fdfa', COLORS.primary] },
        textStyle: { color: COLORS.text },
      },
      series: [
        {
          type: 'heatmap',
          name: label,
          data: values.flatMap((row, day) => row.map((value, hour) => [hour, day, value])),
        },
      ],
    }
  }, [values, shortDays, label])

  return (
    <section className="an-panel" aria-labelledby={`${id}-title`}>
      <div className="an-panel__head">
        <h2 id={`${id}-title`}>When people come</h2>
        <div className="field an-inline-field">
          <label htmlFor={`${id}-metric`}>Measure</label>
          <select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">Hours in your time zone ({timeZone}).</p>
      {heatmap.error && (
        <LoadError onRetry={heatmap.retry}>Could not load the hours. {heatmap.error}</LoadError>
      )}
      {!heatmap.data && heatmap.loading && (
        <div className="an-skeleton an-skeleton--chart" aria-hidden="true" />
      )}
      {values && option && (
        <EChart
          title={`${label} by weekday and hour`}
          summary={summaryOf(values, longDays, label)}
          option={option}
          height={300}
        >
          <DataTable
            caption={`${label} by hour (rows) and weekday (columns), ${timeZone}`}
            columns={['Hour', ...shortDays]}
            rows={HOURS.map((hour) => ({
              key: String(hour),
              cells: [hourLabel(hour), ...values.map((row) => formatCount(row[hour] ?? 0))],
            }))}
          />
        </EChart>
      )}
      <div className="an-panel__export">
        <ExportCsvLink
          href={csvUrl('heatmap', params, { timeZone })}
          what="hours"
          onSessionExpired={onSessionExpired}
        />
      </div>
    </section>
  )
}
