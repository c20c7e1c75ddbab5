// Words for the attribution screens: groups, keys, channels and model credit. Pure.
import type { LeadTouches } from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import { formatPercent } from '../analytics-format.ts'

type GroupBy = 'source' | 'campaign' | 'placement' | 'channel'
type Touch = LeadTouches['touches'][number]
export type Model = keyof LeadTouches['credit']

export const DEFAULT_HALF_LIFE_HOURS = 24
export const MIN_HALF_LIFE_HOURS = 1
export const MAX_HALF_LIFE_HOURS = 720

export const GROUPS: Record<GroupBy, { label: string; heading: string; empty: string }> = {
  source: { label: 'Source', heading: 'Source', empty: 'Direct' },
  campaign: { label: 'Campaign', heading: 'Campaign', empty: '(no campaign)' },
  placement: { label: 'QR code placement', heading: 'Placement', empty: '(not through a code)' },
  channel: { label: 'Channel', heading: 'Channel', empty: 'Unknown' },
}

export const MODELS: { id: Model; label: string; hint: string }[] = [
  { id: 'first', label: 'First touch', hint: 'All the credit to the touch that came first' },
  { id: 'last', label: 'Last touch', hint: 'All the credit to the touch just before the lead' },
  { id: 'linear', label: 'Linear', hint: 'Equal shares for every touch' },
  { id: 'timeDecay', label: 'Time decay', hint: 'More credit the closer a touch was to the lead' },
]

export const CHANNEL_LABELS: Record<Touch['channel'], string> = {
  qr: 'QR code',
  campaign: 'Campaign link',
  referrer: 'Another website',
  direct: 'Direct',
}

const SOURCE_NAMES: Record<string, string> = { direct: 'Direct', qr: 'QR codes' }

/** A row's key in words: '(none)' (the API's word for no campaign or placement) reads as its group's. */
export function keyLabel(groupBy: GroupBy, key: string): string {
  if (key.trim() === '' || key === '(none)') return GROUPS[groupBy].empty
  if (groupBy === 'source') return SOURCE_NAMES[key] ?? key
  if (groupBy === 'channel') return CHANNEL_LABELS[key as Touch['channel']] ?? key
  return key
}

const credit = new Intl.NumberFormat(undefined, { minimumFractionDigits: 0, maximumFractionDigits: 2 })

/** A model's credit in leads: "1.5", "0.33". */
export const formatCredit = (value: number) => credit.format(value)

/** One touch's share of the lead: "33.3%". */
export const formatShare = (share: number) => formatPercent(share)

const touchTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const formatTouchTime = (iso: string) => touchTime.format(new Date(iso))

/** What a touch was, beyond its channel: "Source google · Campaign spring · Medium cpc". */
export function touchDetails(touch: Touch): string[] {
  const details: string[] = []
  if (touch.channel !== 'direct') details.push(`Source: ${SOURCE_NAMES[touch.source] ?? touch.source}`)
  if (touch.campaign) details.push(`Campaign: ${touch.campaign}`)
  if (touch.medium) details.push(`Medium: ${touch.medium}`)
  if (touch.placement) details.push(`Placement: ${touch.placement}`)
  if (touch.referrerHost) details.push(`Referred by: ${touch.referrerHost}`)
  return details
}
