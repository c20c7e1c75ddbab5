// What every collected event takes from the request that brought it: where and on what the
// visitor is, whether it counts at all, and the day's visitor hash. The IP never leaves
// dailyVisitorHash, which keys it away; nothing else kept of the request identifies anyone.
import type { Ctx } from '../../../context.ts'
import { asksNotToTrack, dailyVisitorHash, notALook, requestFacts } from '../../../lib/request-facts.ts'
import type { Exclusion } from '../analytics.tables.ts'
import type { AnalyticsEvent, EventUtm } from '../events/analytics-event.ts'

export type Visit = Pick<
  AnalyticsEvent,
  'country' | 'region' | 'city' | 'deviceType' | 'os' | 'browser' | 'language' | 'visitor' | 'excluded'
>

export const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null)

/**
 * Why the request is answered but not counted: a HEAD request, a prefetch, a link preview, a
 * crawler, or (`preview`) the owner looking at their own page. Null: a person, counted.
 */
export function exclusionOf(request: Request, isBot: boolean, preview: boolean): Exclusion | null {
  return notALook(request) ?? (isBot ? 'bot' : preview ? 'preview' : null)
}

/**
 * The request's facts as an event carries them. Under Do-Not-Track or Global Privacy Control
 * there is no visitor hash and no place finer than the country; an excluded event
 * has no hash either, as it counts in nothing that needs one.
 */
export async function visitOf(
  ctx: Ctx,
  request: Request,
  tenantId: string,
  at: Date,
  preview: boolean,
): Promise<Visit> {
  const facts = requestFacts(request)
  const excluded = exclusionOf(request, facts.isBot, preview)
  const untracked = asksNotToTrack(request)
  return {
    country: clip(facts.country, 2),
    region: untracked ? null : clip(facts.region, 120),
    city: untracked ? null : clip(facts.city, 120),
    deviceType: facts.deviceType,
    os: clip(facts.os, 60),
    browser: clip(facts.browser, 60),
    language: clip(facts.language, 12),
    visitor:
      untracked || excluded ? null : await dailyVisitorHash(ctx.config.SESSION_SECRET, tenantId, request, at),
    excluded,
  }
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const

/** utm_source … utm_content of a page address. */
export function utmOf(params: URLSearchParams): EventUtm {
  const utm = {} as EventUtm
  for (const key of UTM_KEYS) utm[key] = clip(params.get(`utm_${key}`)?.trim(), 200)
  return utm
}

// The QR redirect puts the code's short code in `qr=`; anything else there was not put by a code.
const CODE_SHAPE = /^[A-Za-z0-9_-]{4,32}$/

export const qrCodeOf = (value: string | null | undefined) => (value && CODE_SHAPE.test(value) ? value : null)

/** The referring host when it is another site's: moving between our own pages is no referral. */
export function externalHost(host: string | null | undefined, pageHost: string): string | null {
  const clean = host?.trim().toLowerCase()
  return clean && clean !== pageHost.toLowerCase() ? clean.slice(0, 253) : null
}
