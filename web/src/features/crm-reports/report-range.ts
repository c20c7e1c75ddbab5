// The reports' period: whole days, both included, as the API counts them (UTC). Pure.

export const PRESETS = [
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: '365', label: 'Last 365 days' },
  { id: 'quarter', label: 'This quarter' },
] as const
export type PresetId = (typeof PRESETS)[number]['id']

/** The longest period the API answers for (two years). */
export const MAX_DAYS = 731

export interface ReportRange {
  preset: PresetId | 'custom'
  from: string
  to: string
}

const DAY_MS = 86_400_000
export const utcDay = (date: Date) => date.toISOString().slice(0, 10)
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`)
export const addDays = (day: string, days: number) => utcDay(new Date(timeOf(day) + days * DAY_MS))
export const daysBetween = (from: string, to: string) => Math.round((timeOf(to) - timeOf(from)) / DAY_MS) + 1

/** The preset's days up to and including today; a quarter from its first day. */
export function presetRange(preset: PresetId, today: string): ReportRange {
  if (preset === 'quarter') {
    const date = new Date(timeOf(today))
    const first = Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1)
    return { preset, from: utcDay(new Date(first)), to: today }
  }
  return { preset, from: addDays(today, 1 - Number(preset)), to: today }
}

const isDay = (value: string) => {
  const time = timeOf(value)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && utcDay(new Date(time)) === value
}

/** Why a custom period cannot be shown, or '' when it can. */
export function rangeProblem(from: string, to: string): string {
  if (!isDay(from) || !isDay(to)) return 'Enter both dates.'
  if (from > to) return 'The start date must be on or before the end date.'
  if (daysBetween(from, to) > MAX_DAYS) return 'Choose at most two years.'
  return ''
}

/** The period in the address (`?from=&to=`), or the last 90 days when it has none or a bad one. */
export function rangeFromQuery(search: string, today: string): ReportRange {
  const query = new URLSearchParams(search)
  const from = query.get('from') ?? ''
  const to = query.get('to') ?? ''
  if ((!from && !to) || rangeProblem(from, to)) return presetRange('90', today)
  const preset = PRESETS.find((p) => {
    const range = presetRange(p.id, today)
    return range.from === from && range.to === to
  })
  return { preset: preset?.id ?? 'custom', from, to }
}
