// The period a report covers: the last complete ISO week (Monday to Sunday) or calendar month
// before `now`, in UTC days like the rollups, and the period it is compared with.
import type { ReportFrequency } from './reports.schemas.ts'

export interface ReportPeriod {
  /** '2026-W47' or '2026-11': what `last_period` remembers, so each period is sent once. */
  key: string
  from: string
  to: string
  previous: { from: string; to: string }
}

const DAY_MS = 86_400_000
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)
const pad = (n: number) => String(n).padStart(2, '0')

/** The ISO week key of the week starting on `monday` (its Thursday decides the year). */
function isoWeekKey(monday: number): string {
  const thursday = new Date(monday + 3 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS))
  return `${year}-W${pad(week)}`
}

function lastWeek(now: Date): ReportPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const thisMonday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS
  const monday = thisMonday - 7 * DAY_MS
  return {
    key: isoWeekKey(monday),
    from: dayOf(monday),
    to: dayOf(thisMonday - DAY_MS),
    previous: { from: dayOf(monday - 7 * DAY_MS), to: dayOf(monday - DAY_MS) },
  }
}

function lastMonth(now: Date): ReportPeriod {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth()
  // Date.UTC carries month -1 into December of the year before.
  const start = Date.UTC(year, month - 1, 1)
  const startBefore = Date.UTC(year, month - 2, 1)
  const first = new Date(start)
  return {
    key: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`,
    from: dayOf(start),
    to: dayOf(Date.UTC(year, month, 1) - DAY_MS),
    previous: { from: dayOf(startBefore), to: dayOf(start - DAY_MS) },
  }
}

/**
 * The last complete period of this frequency at `now`, compared with the one before it (the
 * week before, or the calendar month before, whatever its length).
 * @example lastCompletePeriod('weekly', new Date('2026-11-23T03:17:00Z')).key // '2026-W47'
 */
export function lastCompletePeriod(frequency: ReportFrequency, now: Date): ReportPeriod {
  return frequency === 'weekly' ? lastWeek(now) : lastMonth(now)
}
