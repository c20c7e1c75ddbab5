// Money, rates, periods and names as the reports screen shows them. Pure.

const numberFormat = new Intl.NumberFormat(undefined)
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 })
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' })
const longDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' })
const moneyFormats = new Map<string, Intl.NumberFormat>()

export const formatCount = (n: number) => numberFormat.format(n)
export const formatRate = (rate: number | null) => (rate === null ? '—' : percentFormat.format(rate))
export const formatLongDay = (day: string) => longDayFormat.format(new Date(`${day}T00:00:00Z`))

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency)
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency })
    } catch {
      format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    }
    moneyFormats.set(currency, format)
  }
  return format
}

/** Minor units of the currency, shown as money (12550 USD → $125.50). */
export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) return '—'
  const format = moneyFormat(currency)
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

/** Money without cents, for chart axes. */
export function formatMoneyShort(minor: number, currency: string): string {
  const format = moneyFormat(currency)
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(minor / 10 ** digits)
  } catch {
    return format.format(minor / 10 ** digits)
  }
}

export const formatDays = (days: number | null) =>
  days === null ? '—' : `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(days)} d`
export const secondsToDays = (seconds: number | null) => (seconds === null ? null : seconds / 86_400)

/** A week by its Monday ("6 Jan"), a month by name ("Jan 2025"). */
export function formatPeriod(period: string, unit: 'week' | 'month'): string {
  const date = new Date(`${period}T00:00:00Z`)
  return unit === 'month' ? monthFormat.format(date) : dayFormat.format(date)
}
export const formatLongPeriod = (period: string, unit: 'week' | 'month') =>
  unit === 'month' ? formatPeriod(period, unit) : `Week of ${formatLongDay(period)}`

/** A forecast bucket: "Overdue" or the month ("May 2026"). */
export const formatBucket = (bucket: string) =>
  bucket === 'overdue' ? 'Overdue' : monthFormat.format(new Date(`${bucket}-01T00:00:00Z`))

const shortMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' })
/** A bucket under a bar: the month's short name, or `overdue` (the word for it to fit). */
export const formatBucketShort = (bucket: string, overdue: string) =>
  bucket === 'overdue' ? overdue : shortMonthFormat.format(new Date(`${bucket}-01T00:00:00Z`))

export const ownerLabel = (id: string | null, name: string | null) =>
  name ?? (id ? 'Former member' : 'No owner')

const SOURCE_WORDS: Record<string, string> = {
  microsite_form: 'Microsite form',
  import: 'Import',
  manual: 'Added by hand',
}
/** A contact source in words ("microsite_form" → "Microsite form"). */
export function sourceLabel(source: string | null): string {
  if (!source) return 'Unknown'
  return SOURCE_WORDS[source] ?? source.charAt(0).toUpperCase() + source.slice(1).replaceAll('_', ' ')
}

export const wordLabel = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).replaceAll('_', ' ')

export const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

/** Round whole steps for an axis from 0 to at least `max`: 0, 1, 2… or 0, 5, 10… and so on. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1]
  const rough = max / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  // Every value charted is whole (counts, minor units), so steps are too.
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude)
  const top = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(i * step)
  return ticks
}

/** Up to `count` evenly spread indexes of `length` items, always the first and the last. */
export function labelIndexes(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i)
  const indexes = new Set<number>()
  for (let i = 0; i < count; i++) indexes.add(Math.round((i * (length - 1)) / (count - 1)))
  return [...indexes]
}
