// Which URL a scan goes to: the first rule whose every condition holds, else the default.
// Pure, with the clock passed in, so rules can be checked at any instant.
import type { Platform } from '../../../lib/user-agent.ts'
import type { QrRoute } from './qr-route.ts'

export interface ScanContext {
  platform: Platform
  /** ISO 3166 alpha-2 from Cloudflare's geolocation; null when unknown. */
  country: string | null
  now: Date
}

export interface Destination {
  url: string
  /** Index of the rule that chose the URL; null for the default. */
  ruleIndex: number | null
}

type Rule = QrRoute['rules'][number]
type Weekday = NonNullable<Rule['days']>[number]

const clocks = new Map<string, Intl.DateTimeFormat>()

function clockFor(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone)
  if (!clock) {
    const options = { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
    try {
      clock = new Intl.DateTimeFormat('en-US', { ...options, timeZone })
    } catch {
      // A zone this runtime does not know reads as UTC rather than failing the scan.
      clock = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' })
    }
    clocks.set(timeZone, clock)
  }
  return clock
}

/** The weekday and minute of the day at `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { day: Weekday; minutes: number } {
  const parts = Object.fromEntries(
    clockFor(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  return {
    day: String(parts.weekday).slice(0, 3).toLowerCase() as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

const minutesOf = (clock: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(clock)
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN
}

/** `from` inclusive, `until` exclusive; a `from` after `until` is a window across midnight. */
function withinHours(minutes: number, from: string | undefined, until: string | undefined): boolean {
  const start = from === undefined ? 0 : minutesOf(from)
  const end = until === undefined ? 24 * 60 : minutesOf(until)
  if (Number.isNaN(start) || Number.isNaN(end)) return false
  return start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end
}

/** An absent (or empty) condition holds for every scan. */
const holds = (list: readonly string[] | undefined, value: string | null) =>
  !list?.length || (value !== null && list.includes(value))

function matches(rule: Rule, scan: ScanContext, local: () => { day: Weekday; minutes: number }): boolean {
  if (!holds(rule.devices, scan.platform)) return false
  if (!holds(rule.countries, scan.country?.toUpperCase() ?? null)) return false
  if (rule.days?.length && !holds(rule.days, local().day)) return false
  const timed = rule.from !== undefined || rule.until !== undefined
  return !timed || withinHours(local().minutes, rule.from, rule.until)
}

/**
 * @example chooseDestination(route, { platform: 'ios', country: 'IN', now: new Date() })
 * // { url: 'https://apps.apple.com/…', ruleIndex: 0 }
 */
export function chooseDestination(route: QrRoute, scan: ScanContext): Destination {
  let local: { day: Weekday; minutes: number } | undefined
  const lazyLocal = () => {
    local ??= localTime(scan.now, route.timezone)
    return local
  }
  const ruleIndex = route.rules.findIndex((rule) => matches(rule, scan, lazyLocal))
  return ruleIndex === -1
    ? { url: route.url, ruleIndex: null }
    : { url: route.rules[ruleIndex]!.url, ruleIndex }
}
