// Where an event came from, in two words: its source (the rollups' `source` dimension) and its
// channel (how attribution groups a lead's touches). The pipeline stores the source with every
// raw event and derives channels in SQL (CHANNEL_SQL), so both rules live here side by side.
import type { EventKind, TouchChannel } from '../analytics.tables.ts'

export interface Arrival {
  kind: EventKind
  utmSource: string | null
  utmCampaign: string | null
  /** True when the event came through a QR code: a scan, or a page opened from one. */
  viaQr: boolean
  /** The referring host when it is another site's; null for none or the page's own. */
  referrerHost: string | null
}

/** Rollup values are clipped so a stray long header cannot bloat rows. */
export const ROLLUP_VALUE_MAX = 120

/** A host as people name it: `www.instagram.com` and `instagram.com` are one referrer. */
export const bareHost = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')

/**
 * The lower-cased utm_source; else 'qr' for a scan or a visit through a code; else the
 * referring host without `www.`; else 'direct'.
 * @example sourceOf({ kind: 'view', utmSource: 'Newsletter', utmCampaign: null, viaQr: true, referrerHost: null }) // 'newsletter'
 */
export function sourceOf(arrival: Arrival): string {
  const utm = arrival.utmSource?.trim().toLowerCase()
  const source = utm
    ? utm
    : arrival.viaQr || arrival.kind === 'scan'
      ? 'qr'
      : arrival.referrerHost
        ? bareHost(arrival.referrerHost)
        : 'direct'
  return source.slice(0, ROLLUP_VALUE_MAX)
}

/**
 * The touch channel: a QR code first (its placement is what owners compare, even when the
 * code's address carries UTM tags), then a tagged campaign, then another site, else direct.
 */
export function channelOf(arrival: Arrival): TouchChannel {
  if (arrival.viaQr || arrival.kind === 'scan') return 'qr'
  if (arrival.utmSource || arrival.utmCampaign) return 'campaign'
  return arrival.referrerHost ? 'referrer' : 'direct'
}

/**
 * channelOf over an analytics_events row (alias `e`), for statements that build touch paths
 * inside the write's transaction. A row's `qr_code_id` is set for scans and for visits
 * through one of the tenant's codes, so it stands for `viaQr`.
 */
export const channelSql = (e: string) => `case
  when ${e}.kind = 'scan' or ${e}.qr_code_id is not null then 'qr'
  when ${e}.utm_source is not null or ${e}.utm_campaign is not null then 'campaign'
  when ${e}.referrer_host is not null then 'referrer'
  else 'direct' end`
