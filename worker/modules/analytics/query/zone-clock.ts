/**
 * Local weekday and hour of UTC epoch hours in an IANA time zone, for the heatmap. Intl is slow
 * enough that a year (8,760 hours) would be felt, so the zone's offset is worked out once per UTC
 * day and reused for its 24 hours; only a day whose offset changes (a daylight-saving switch)
 * is worked out hour by hour.
 */
import { knowsZone, wallClock } from '../../../lib/zone-time.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

let spellings: Map<string, string> | undefined

/**
 * The zone as it is usually spelt ('europe/paris' → 'Europe/Paris'), or null when Intl does not
 * know it. Not resolvedOptions(): ICU answers retired names ('Asia/Calcutta' for 'Asia/Kolkata').
 */
export function canonicalZone(zone: string): string | null {
  if (!knowsZone(zone)) return null
  spellings ??= new Map(Intl.supportedValuesOf('timeZone').map((name) => [name.toLowerCase(), name]))
  return spellings.get(zone.toLowerCase()) ?? (zone.toLowerCase() === 'utc' ? 'UTC' : zone)
}

export interface WeekHour {
  /** 0 is Monday. */
  weekday: number
  hour: number
}

/** A function placing epoch hours on the zone's week; keep one per request and zone. */
export function zoneClock(zone: string): (epochHour: number) => WeekHour {
  const offsetAt = (ms: number) => wallClock(ms, zone) - ms
  // Per UTC day: the offset for all its hours, or null when it changes that day.
  const days = new Map<number, number | null>()
  const offsetOf = (epochHour: number) => {
    const day = Math.floor(epochHour / 24)
    let offset = days.get(day)
    if (offset === undefined) {
      const start = offsetAt(day * DAY_MS)
      offset = start === offsetAt((day + 1) * DAY_MS) ? start : null
      days.set(day, offset)
    }
    return offset ?? offsetAt(epochHour * HOUR_MS)
  }
  return (epochHour) => {
    const local = new Date(epochHour * HOUR_MS + offsetOf(epochHour))
    return { weekday: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours() }
  }
}
