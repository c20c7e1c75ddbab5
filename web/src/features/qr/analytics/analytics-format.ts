// Numbers, days and names as the analytics screens show them, and the charts' arithmetic. Pure.
// From the schema itself, not analytics-api.ts: the node tests import this file, and the API
// client is for browsers only.
import type { QrAnalytics } from '../../../../../worker/modules/qr/qr.schemas.ts'
import { eachDay } from './date-range.ts'

type SeriesPoint = QrAnalytics['series'][number]

const numberFormat = new Intl.NumberFormat(undefined)
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 })
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' })
const longDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

export const formatCount = (n: number) => numberFormat.format(n)
export const formatPercent = (share: number) => percentFormat.format(Number.isFinite(share) ? share : 0)
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`))
export const formatLongDay = (day: string) => longDayFormat.format(new Date(`${day}T00:00:00Z`))

export const DEVICE_LABELS: Record<QrAnalytics['devices'][number]['value'], string> = {
  mobile: 'Phone',
  tablet: 'Tablet',
  desktop: 'Computer',
  other: 'Other',
}

let regionNames: Intl.DisplayNames | null | undefined
/** "IN" → "India" in the reader's language; the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code) || code === 'XX' || code === 'T1') return code ? code : 'Unknown'
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(undefined, { type: 'region' })
    } catch {
      regionNames = null
    }
  }
  return regionNames?.of(code) ?? code
}

/** The value of a dimension, with a word for "not known" (no city from the edge, an odd user agent). */
export const valueLabel = (value: string) => (value.trim() === '' ? 'Unknown' : value)

/** The series with a zero point for every day of the period the API had nothing for. */
export function fullSeries(series: readonly SeriesPoint[], from: string, to: string): SeriesPoint[] {
  const byDay = new Map(series.map((point) => [point.day, point]))
  return eachDay(from, to).map((day) => byDay.get(day) ?? { day, scans: 0, uniques: 0, leads: 0 })
}

/** Round steps for a count axis from 0 to at least `max`: 0, 1, 2… or 0, 5, 10… and so on. */
export function countTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1]
  const rough = max / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude)
  const top = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick)
  return ticks
}

/** Up to `count` evenly spread indexes of `length` items, always the first and the last. */
export function labelIndexes(length: number, count = 6): number[] {
  if (length <= 0) return []
  if (length <= count) return Array.from({ length }, (_, i) => i)
  const indexes = new Set<number>()
  for (let i = 0; i < count; i++) indexes.add(Math.round((i * (length - 1)) / (count - 1)))
  return [...indexes]
}

/** The chart in one or two sentences, for screen readers and as its visible caption. */
export function seriesSummary(series: readonly SeriesPoint[], totals: QrAnalytics['totals']): string {
  const first = series[0]
  const last = series.at(-1)
  if (!first || !last) return 'No days in this period.'
  const period = `From ${formatLongDay(first.day)} to ${formatLongDay(last.day)}`
  if (totals.scans === 0) return `${period}: no scans.`
  const busiest = series.reduce((best, point) => (point.scans > best.scans ? point : best), first)
  return (
    `${period}: ${plural(totals.scans, 'scan')} by ${plural(totals.uniques, 'unique scanner')}. ` +
    `Busiest day: ${formatLongDay(busiest.day)}, with ${plural(busiest.scans, 'scan')}.`
  )
}

export const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

/** Each row's share of the total scans, for "share" columns and bars. */
export const shareOf = (scans: number, total: number) => (total > 0 ? scans / total : 0)
