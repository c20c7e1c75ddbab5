// Wall-clock time in an IANA time zone, read through Intl. Building a formatter is the slow
// part, so there is one per zone for the isolate's life.

const formats = new Map<string, Intl.DateTimeFormat>()

/** Throws a RangeError for a zone Intl does not know. */
function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formats.set(zone, format)
  }
  return format
}

/** Whether Intl knows the zone (any spelling it accepts: 'europe/paris', 'Asia/Calcutta'). */
export function knowsZone(zone: string): boolean {
  try {
    formatFor(zone)
    return true
  } catch {
    return false
  }
}

/**
 * What the clocks in `zone` show at `time` (epoch ms), as the epoch ms of that wall time read as
 * UTC, to the second: `wallClock(t, zone) - t` is the zone's offset at `t`. Throws for a zone
 * Intl does not know (see `knowsZone`).
 */
export function wallClock(time: number, zone: string): number {
  const part: Record<string, number> = {}
  for (const { type, value } of formatFor(zone).formatToParts(time)) part[type] = Number(value)
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour! % 24, part.minute!, part.second!)
}
