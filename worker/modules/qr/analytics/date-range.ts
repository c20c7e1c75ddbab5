import { ApiError } from '../../../lib/errors.ts'
import { utcDay } from '../scans/scan-statements.ts'
import { type DateRangeQuery, DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS } from './analytics.schemas.ts'

const DAY_MS = 86_400_000

export interface DayRange {
  from: string
  to: string
  /** Every UTC day from `from` to `to`, both included. */
  days: string[]
  /** The range as instants: [start, end). */
  start: Date
  end: Date
}

function refuse(message: string): never {
  throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'from', message }] })
}

const startOf = (day: string) => new Date(`${day}T00:00:00Z`)

/** The UTC days asked for, with the defaults filled in; refuses a backwards or too long range. */
export function dayRange(query: DateRangeQuery, now: Date): DayRange {
  const to = query.to ?? utcDay(now)
  const from = query.from ?? utcDay(startOf(to).getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS)
  const start = startOf(from)
  const end = new Date(startOf(to).getTime() + DAY_MS)
  const length = Math.round((end.getTime() - start.getTime()) / DAY_MS)
  if (length < 1) refuse('`from` must not be after `to`')
  if (length > MAX_RANGE_DAYS) refuse(`Ask for at most ${MAX_RANGE_DAYS} days at a time`)
  const days = Array.from({ length }, (_, i) => utcDay(start.getTime() + i * DAY_MS))
  return { from, to, days, start, end }
}
