// Words and numbers of the analytics dashboard: labels for dimension values, changes against the
// previous period said in words (not colour only). Pure; types from the schema, not the client.
import type { ActionType, Exclusion } from '../../../../worker/modules/analytics/analytics.tables.ts'
import {
  countryName,
  DEVICE_LABELS,
  formatCount,
  formatDay,
  formatLongDay,
  formatPercent,
  plural,
} from '../qr/analytics/analytics-format.ts'

export { countryName, formatCount, formatDay, formatLongDay, formatPercent, plural }

export const ACTION_LABELS: Record<ActionType, string> = {
  call: 'Calls',
  whatsapp: 'WhatsApp',
  email: 'E-mails',
  directions: 'Directions',
  save_contact: 'Contacts saved',
  section_view: 'Sections viewed',
  outbound: 'Outbound links',
  form_start: 'Forms started',
  form_submit: 'Forms sent',
}

export const EXCLUSION_LABELS: Record<Exclusion, string> = {
  bot: 'Bots and crawlers',
  head: 'Link checks (HEAD requests)',
  prefetch: 'Browser prefetches',
  unfurl: 'Link previews in chat apps',
  preview: 'Your own previews',
}

/** The dimensions the dashboard lists, with how an empty or coded value reads. */
export const DIMENSIONS = {
  source: { title: 'Top sources', heading: 'Source', empty: 'Direct' },
  referrer: { title: 'Top referrers', heading: 'Referring site', empty: 'Direct (no referrer)' },
  campaign: { title: 'Top campaigns', heading: 'Campaign', empty: '(none)' },
  country: { title: 'Countries', heading: 'Country', empty: 'Unknown' },
  city: { title: 'Cities', heading: 'City', empty: 'Unknown' },
  placement: { title: 'QR code placements', heading: 'Placement', empty: '(none)' },
  device: { title: 'Devices', heading: 'Device', empty: 'Unknown' },
} as const
export type ListedDimension = keyof typeof DIMENSIONS

const SOURCE_NAMES: Record<string, string> = { direct: 'Direct', qr: 'QR codes' }

export function valueLabel(dimension: ListedDimension, value: string): string {
  if (value.trim() === '') return DIMENSIONS[dimension].empty
  if (dimension === 'country') return countryName(value)
  if (dimension === 'source') return SOURCE_NAMES[value] ?? value
  if (dimension === 'device') return DEVICE_LABELS[value as keyof typeof DEVICE_LABELS] ?? value
  return value
}

export interface Change {
  direction: 'up' | 'down' | 'same' | 'none'
  /** The change in words, e.g. "Up 25% from 80", "Up 1.5 points from 3%", "No change". */
  text: string
}

const ARROWS = { up: '▲', down: '▼', same: '', none: '' } as const
export const arrowOf = (change: Change) => ARROWS[change.direction]

/** A count against the previous period's, or null when there is no comparison. */
export function countChange(current: number, previous: number | null | undefined): Change {
  if (previous === null || previous === undefined) return { direction: 'none', text: '' }
  if (current === previous) return { direction: 'same', text: `No change from ${formatCount(previous)}` }
  const direction = current > previous ? 'up' : 'down'
  const word = direction === 'up' ? 'Up' : 'Down'
  if (previous === 0) return { direction, text: `${word} from 0` }
  const share = Math.abs(current - previous) / previous
  return { direction, text: `${word} ${formatPercent(share)} from ${formatCount(previous)}` }
}

/** A rate (0–1) against the previous one, in percentage points. */
export function rateChange(current: number, previous: number | null | undefined): Change {
  if (previous === null || previous === undefined) return { direction: 'none', text: '' }
  const points = Math.round((current - previous) * 1000) / 10
  if (points === 0) return { direction: 'same', text: `No change from ${formatPercent(previous)}` }
  const direction = points > 0 ? 'up' : 'down'
  const size = Math.abs(points)
  return {
    direction,
    text: `${direction === 'up' ? 'Up' : 'Down'} ${formatCount(size)} ${size === 1 ? 'point' : 'points'} from ${formatPercent(previous)}`,
  }
}

/** The browser's time zone, for the hourly heatmap ("Europe/Paris"); UTC when it has none. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/** Monday first, as the API numbers weekdays (0 = Monday), in the reader's language. */
export function weekdayNames(style: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(undefined, { weekday: style, timeZone: 'UTC' })
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))))
}

/** "09:00" for hour 9, in the reader's clock style. */
export function hourLabel(hour: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hour)),
  )
}
