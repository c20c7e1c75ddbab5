import { ApiError } from '../../../lib/errors.ts'
import {
  DEFAULT_REPORT_DAYS,
  MAX_REPORT_DAYS,
  type PeriodUnit,
  WEEKLY_UP_TO_DAYS,
} from './report-query.schemas.ts'

const DAY_MS = 86_400_000

/**
 * The zone reports count days, weeks and months in. Organisations carry no time zone of their
 * own (branches do, and a report spans branches), so reports count in UTC and say so.
 */
export const REPORT_TIME_ZONE = 'UTC'

export interface ReportRange {
  /** First and last day, both included, in `timeZone`. */
  from: string
  to: string
  unit: PeriodUnit
  /** The first day of every week or month the range touches, oldest first. */
  periods: string[]
  timeZone: string
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`)
export const addDays = (day: string, days: number) => dayOf(timeOf(day) + days * DAY_MS)

/** The calendar day `now` falls on in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** `day`'s month moved by `months`, as its first day. */
export function monthStart(day: string, months = 0): string {
  const date = new Date(timeOf(day))
  return dayOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
}

/** The Monday on or before `day` (weeks as Postgres's date_trunc counts them). */
const weekStart = (day: string) => addDays(day, -((new Date(timeOf(day)).getUTCDay() + 6) % 7))

export function periodStarts(from: string, to: string, unit: PeriodUnit): string[] {
  const periods: string[] = []
  let day = unit === 'month' ? monthStart(from) : weekStart(from)
  while (day <= to) {
    periods.push(day)
    day = unit === 'month' ? monthStart(day, 1) : addDays(day, 7)
  }
  return periods
}

function refuse(path: 'from' | 'to', message: string): never {
  throw new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })
}

/** The days asked for, with the defaults filled in; refuses a backwards or too long range. */
export function reportRange(
  query: { from?: string; to?: string; period?: PeriodUnit },
  now: Date,
  timeZone = REPORT_TIME_ZONE,
): ReportRange {
  const to = query.to ?? localDay(now, timeZone)
  const from = query.from ?? addDays(to, 1 - DEFAULT_REPORT_DAYS)
  const days = Math.round((timeOf(to) - timeOf(from)) / DAY_MS) + 1
  if (days < 1) refuse('from', '`from` must not be after `to`')
  if (days > MAX_REPORT_DAYS) refuse('to', `Ask for at most two years (${MAX_REPORT_DAYS} days) at a time`)
  const unit = query.period ?? (days <= WEEKLY_UP_TO_DAYS ? 'week' : 'month')
  return { from, to, unit, periods: periodStarts(from, to, unit), timeZone }
}
