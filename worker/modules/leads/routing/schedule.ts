// Weekly schedules on the server: is a branch open (or an agent on shift) at an instant, and
// when do N minutes of opening time run out. The microsite's "Open now" badge answers the
// first question in the visitor's browser (sites/render/scripts.ts); this is the same reading
// of OpeningHours (a holiday's intervals replace the weekday's, a closure closes whole days,
// a close at or before the open runs past midnight), for code that must decide in the Worker.

import { knowsZone, wallClock } from '../../../lib/zone-time.ts'
import type { OpeningHours } from '../../brands/index.ts'
import type { Shifts } from './routing.model.ts'

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const MINUTE = 60_000
const DAY = 86_400_000
// How far ahead a deadline is looked for; a branch closed longer than this counts plain time.
const HORIZON_DAYS = 400

/** A weekly schedule with its time zone: a branch's opening hours or an agent's shifts. */
export interface Schedule {
  zone: string
  hours: Pick<OpeningHours, 'weekly'> & Partial<Pick<OpeningHours, 'holidays' | 'closures'>>
}

/** A zone Intl knows, else UTC: a schedule with a broken zone still means something. */
const safeZone = (zone: string) => (knowsZone(zone) ? zone : 'UTC')

/** The instant at which the clocks in `zone` show `minutes` past midnight of `day` (a UTC-midnight ms). */
function instantOf(day: number, minutes: number, zone: string): number {
  const wall = day + minutes * MINUTE
  const guess = wall - (wallClock(wall, zone) - wall)
  // Once more from the guess, so a DST change between the two readings is taken into account.
  return wall - (wallClock(guess, zone) - guess)
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const isoDay = (day: number) => new Date(day).toISOString().slice(0, 10)

function intervalsOn(hours: Schedule['hours'], day: number) {
  const date = isoDay(day)
  const holiday = hours.holidays?.find((h) => h.date === date)
  if (holiday) return holiday.intervals
  if (hours.closures?.some((c) => date >= c.from && date <= c.until)) return []
  return hours.weekly[BY_UTC_DAY[new Date(day).getUTCDay()] ?? 'mon'] ?? []
}

/** The open spans that start on the local day `day`, as [start, end) instants, earliest first. */
function spansOn(schedule: Schedule, zone: string, day: number): [number, number][] {
  return intervalsOn(schedule.hours, day)
    .map(({ open, close }): [number, number] => {
      const from = toMinutes(open)
      const to = toMinutes(close)
      return [instantOf(day, from, zone), instantOf(to > from ? day : day + DAY, to, zone)]
    })
    .sort((a, b) => a[0] - b[0])
}

/** Midnight (as UTC ms) of the local day that `time` falls on in `zone`. */
const localDay = (time: number, zone: string) => Math.floor(wallClock(time, zone) / DAY) * DAY

/** Whether any weekday has an interval: a schedule without one is no schedule at all. */
export const hasWeeklyHours = (hours: Schedule['hours'] | null | undefined): boolean =>
  !!hours && Object.values(hours.weekly).some((list) => (list?.length ?? 0) > 0)

/** Whether `at` falls in an open span (yesterday's spans may run past midnight into today). */
export function isOpenAt(schedule: Schedule, at: Date): boolean {
  const zone = safeZone(schedule.zone)
  const time = at.getTime()
  const today = localDay(time, zone)
  return [today - DAY, today].some((day) =>
    spansOn(schedule, zone, day).some(([start, end]) => start <= time && time < end),
  )
}

/**
 * When `minutes` of open time after `from` have passed: a lead at 22:00 with a 15-minute
 * target and opening at 09:00 is due at 09:15. Null when the schedule has no open time in
 * the next 400 days (the caller then counts plain minutes).
 */
export function addOpenMinutes(schedule: Schedule, from: Date, minutes: number): Date | null {
  const zone = safeZone(schedule.zone)
  let cursor = from.getTime()
  let remaining = minutes * MINUTE
  const first = localDay(cursor, zone) - DAY
  for (let day = first; day <= first + HORIZON_DAYS * DAY; day += DAY) {
    for (const [start, end] of spansOn(schedule, zone, day)) {
      // Spans overlapping ones already counted (yesterday's past midnight) count once.
      const begin = Math.max(start, cursor)
      if (end <= begin) continue
      if (end - begin >= remaining) return new Date(begin + remaining)
      remaining -= end - begin
      cursor = end
    }
  }
  return null
}

/** An agent's shifts read as a schedule; an interval whose end is not after its start runs past midnight. */
export function shiftSchedule(shifts: Shifts): Schedule {
  const weekly = Object.fromEntries(
    Object.entries(shifts.week).map(([day, list]) => [
      day,
      (list ?? []).map(([open, close]) => ({ open, close })),
    ]),
  )
  return { zone: shifts.timezone, hours: { weekly } }
}

/** On shift at `at`; someone with no shifts set is always on shift. */
export function onShift(shifts: Shifts | null | undefined, at: Date): boolean {
  if (!shifts) return true
  const schedule = shiftSchedule(shifts)
  return !hasWeeklyHours(schedule.hours) || isOpenAt(schedule, at)
}
