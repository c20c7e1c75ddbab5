// The days a view covers and the period it is compared with: the same number of days just
// before. Reversed or too long ranges are refused by dayRange with a message naming `from`.
import { type DayRange, dayRange } from '../../qr/analytics/date-range.ts'
import type { AnalyticsQuery } from './analytics-query.ts'

export type { DayRange }

export interface AnalyticsRange {
  current: DayRange
  previous: DayRange | null
}

const DAY_MS = 86_400_000
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

export function analyticsRange(
  query: Pick<AnalyticsQuery, 'from' | 'to' | 'compare'>,
  now: Date,
): AnalyticsRange {
  const current = dayRange(query, now)
  if (query.compare === 'none') return { current, previous: null }
  const length = current.days.length
  const previous = dayRange(
    { from: dayOf(current.start.getTime() - length * DAY_MS), to: dayOf(current.start.getTime() - DAY_MS) },
    now,
  )
  return { current, previous }
}
