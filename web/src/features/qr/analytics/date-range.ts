// The analytics period: whole UTC days, inclusive, as the API counts them. Pure.

export const PRESETS = [
  { id: '7', days: 7, label: 'Last 7 days' },
  { id: '30', days: 30, label: 'Last 30 days' },
  { id: '90', days: 90, label: 'Last 90 days' },
] as const
export type PresetId = (typeof PRESETS)[number]['id']

/** The longest period the API answers for. */
export const MAX_DAYS = 366

export interface DateRange {
  preset: PresetId | 'custom'
  /** YYYY-MM-DD, UTC. */
  from: string
  to: string
}

const DAY_MS = 86_400_000

export const utcDay = (date: Date) => date.toISOString().slice(0, 10)

export const addDays = (day: string, days: number) =>
  utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS))

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1

/** The preset's days up to and including today. */
export function presetRange(preset: PresetId, today: string): DateRange {
  const days = PRESETS.find((p) => p.id === preset)?.days ?? 30
  return { preset, from: addDays(today, 1 - days), to: today }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
// A day that exists: Date rolls 2026-02-31 over into March instead of refusing it.
const isDay = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`)
  return DAY.test(value) && !Number.isNaN(time) && utcDay(new Date(time)) === value
}

/** Why a custom period cannot be shown, or '' when it can. */
export function rangeProblem(from: string, to: string, today: string): string {
  if (!isDay(from) || !isDay(to)) return 'Enter both dates.'
  if (from > to) return 'The start date must be on or before the end date.'
  if (from > today) return 'The period must start today or earlier.'
  if (daysBetween(from, to) > MAX_DAYS) return `Choose at most ${MAX_DAYS} days.`
  return ''
}

/** The period in a URL's query (`?from=&to=`), or the last 30 days when it has none or a bad one. */
export function rangeFromQuery(search: string, today: string): DateRange {
  const query = new URLSearchParams(search)
  const from = query.get('from') ?? ''
  const to = query.get('to') ?? ''
  if (!from && !to) return presetRange('30', today)
  if (rangeProblem(from, to, today)) return presetRange('30', today)
  const preset = PRESETS.find((p) => to === today && from === addDays(today, 1 - p.days))
  return { preset: preset?.id ?? 'custom', from, to }
}

/** Every day of the period, so days without scans are drawn as zero, not skipped. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to && days.length <= MAX_DAYS; day = addDays(day, 1)) days.push(day)
  return days
}
