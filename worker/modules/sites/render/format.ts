// Numbers, dates and opening hours in the visitor's language, through Intl (no locale data shipped).
import { type Interval, type OpeningHours, WEEKDAYS, type Weekday } from '../../brands/index.ts'
import { type Chrome, fill } from './chrome-strings.ts'

// Building an Intl formatter costs far more than using one, and a menu formats dozens of
// prices: formatters are kept per isolate, keyed by their locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`
  const format = numberFormats.get(key) ?? new Intl.NumberFormat(language, options)
  numberFormats.set(key, format)
  return format
}

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  const format = dateFormats.get(key) ?? new Intl.DateTimeFormat(language, options)
  dateFormats.set(key, format)
  return format
}

export function formatPrice(amount: string, currency: string | undefined, language: string): string {
  const value = Number(amount)
  if (!currency) return numberFormat(language, { maximumFractionDigits: 2 }).format(value)
  try {
    return numberFormat(language, { style: 'currency', currency }).format(value)
  } catch {
    return `${amount} ${currency}`
  }
}

export function formatDuration(minutes: number, language: string): string {
  const hours = minutes % 60 === 0 && minutes >= 60
  return numberFormat(language, {
    style: 'unit',
    unit: hours ? 'hour' : 'minute',
    unitDisplay: 'short',
  }).format(hours ? minutes / 60 : minutes)
}

/** A calendar date (YYYY-MM-DD) as the visitor writes it. */
export function formatDate(isoDate: string, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}

/** Weekday names in `language`, Monday first (1 January 2024 was a Monday). */
export function weekdayNames(language: string): Record<Weekday, string> {
  const format = dateFormat(language, { weekday: 'long', timeZone: 'UTC' })
  return Object.fromEntries(
    WEEKDAYS.map((day, i) => [day, format.format(new Date(Date.UTC(2024, 0, 1 + i)))]),
  ) as Record<Weekday, string>
}

export const formatIntervals = (intervals: readonly Interval[] | undefined, t: Chrome) =>
  intervals?.length ? intervals.map((i) => `${i.open}–${i.close}`).join(', ') : t.closed

export interface HoursRow {
  label: string
  text: string
}

export function weekRows(hours: OpeningHours, language: string, t: Chrome): (HoursRow & { day: Weekday })[] {
  const names = weekdayNames(language)
  return WEEKDAYS.map((day) => ({ day, label: names[day], text: formatIntervals(hours.weekly[day], t) }))
}

/** Today's date where the branch is, so past holidays and closures are left out. */
export function localDate(now: Date, timeZone: string): string {
  try {
    return dateFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now)
  } catch {
    return now.toISOString().slice(0, 10)
  }
}

/** Coming holidays and closures, soonest first. */
export function specialRows(hours: OpeningHours, today: string, language: string, t: Chrome): HoursRow[] {
  const holidays = (hours.holidays ?? [])
    .filter((h) => h.date >= today)
    .map((h) => ({
      at: h.date,
      label: h.name ? `${formatDate(h.date, language)} · ${h.name}` : formatDate(h.date, language),
      text: formatIntervals(h.intervals, t),
    }))
  const closures = (hours.closures ?? [])
    .filter((c) => c.until >= today)
    .map((c) => ({
      at: c.from,
      label: fill(t.closedFrom, { from: formatDate(c.from, language), until: formatDate(c.until, language) }),
      text: c.reason ?? '',
    }))
  return [...holidays, ...closures]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ label, text }) => ({ label, text }))
}

/** Whether any day has opening hours, so an empty hours section can be left out. */
export const hasHours = (hours: OpeningHours | null): hours is OpeningHours =>
  !!hours && WEEKDAYS.some((day) => (hours.weekly[day]?.length ?? 0) > 0)
