// Turns a request to /q/{code} into a QrScanEvent and puts it on the events queue. Runs after
// the redirect was answered (ctx.waitUntil): a slow or failing queue never delays or fails a scan.
// Privacy: no IP leaves this file, only a daily keyed hash; the referrer is cut to its host.
import type { Ctx } from '../../../context.ts'
import { toHex } from '../../../lib/crypto.ts'
import { newId } from '../../../lib/ids.ts'
import { isUnfurler, looksLikeBot, parseUserAgent } from '../../../lib/user-agent.ts'
import { QrScanEvent } from '../scans/scan-event.ts'
import type { Destination } from './choose-destination.ts'
import type { QrRoute } from './qr-route.ts'

const PREFETCH_HEADERS = ['sec-purpose', 'purpose', 'x-moz', 'x-purpose'] as const

/**
 * HEAD requests, browser prefetches and link previews are answered but are not scans: nobody
 * scanned anything, and a chat app unfurling a pasted link would otherwise count every share.
 */
export function isScan(request: Request): boolean {
  if (request.method === 'HEAD') return false
  const purpose = PREFETCH_HEADERS.map((h) => request.headers.get(h) ?? '').join(' ')
  if (/prefetch|preview|prerender/i.test(purpose)) return false
  return !isUnfurler(request.headers.get('user-agent'))
}

export const isBotRequest = (request: Request) => looksLikeBot(request.headers.get('user-agent'))

const keys = new Map<string, Promise<CryptoKey>>()

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret)
  if (!key) {
    const raw = new TextEncoder().encode(secret)
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    keys.set(secret, key)
  }
  return key
}

/**
 * Counts unique scanners per code and day without cookies: the same phone the same day gives
 * the same value, the next day another, and nobody can get the IP back from it.
 */
export async function visitorHash(ctx: Ctx, codeId: string, request: Request, at: Date): Promise<string> {
  const ip = request.headers.get('cf-connecting-ip') ?? ''
  const userAgent = request.headers.get('user-agent') ?? ''
  const message = `${utcDay(at)}|${codeId}|${ip}|${userAgent}`
  const signature = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(ctx.config.SESSION_SECRET),
    new TextEncoder().encode(message),
  )
  return toHex(signature).slice(0, 32)
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10)

function referrerHost(request: Request): string | null {
  const referrer = request.headers.get('referer')
  if (!referrer) return null
  try {
    return new URL(referrer).hostname || null
  } catch {
    return null
  }
}

/** The primary language subtag of the first Accept-Language entry: 'fr' for "fr-CA,fr;q=0.9,en". */
function languageOf(request: Request): string | null {
  const first = (request.headers.get('accept-language') ?? '').split(',')[0]!.split(';')[0]!.trim()
  const primary = first.split('-')[0]!.toLowerCase()
  return /^[a-z]{2,3}$/.test(primary) ? primary : null
}

interface Geo {
  country?: string
  region?: string
  city?: string
}

const known = (value: unknown) => (typeof value === 'string' && value && value !== 'XX' ? value : null)

/** The scan's country from Cloudflare's geolocation ('XX' means unknown). */
export const countryOf = (request: Request) => known((request.cf as Geo | undefined)?.country)

export async function scanEventFor(
  ctx: Ctx,
  route: QrRoute,
  request: Request,
  destination: Destination,
  at: Date,
  id: string = newId('qrScan'),
): Promise<QrScanEvent> {
  const geo = (request.cf ?? {}) as Geo
  const agent = parseUserAgent(request.headers.get('user-agent'))
  return QrScanEvent.parse({
    type: 'qr.scan',
    id,
    tenantId: route.tenantId,
    codeId: route.codeId,
    brandId: route.brandId,
    branchId: route.branchId,
    placement: route.placement,
    at: at.getTime(),
    country: known(geo.country),
    region: known(geo.region),
    city: known(geo.city),
    deviceType: agent.deviceType,
    os: agent.os,
    browser: agent.browser,
    referrerHost: referrerHost(request),
    language: languageOf(request),
    isBot: isBotRequest(request),
    visitorHash: await visitorHash(ctx, route.codeId, request, at),
    ruleIndex: destination.ruleIndex,
  } satisfies QrScanEvent)
}

/**
 * Queues the scan in the background; a failure is logged, never thrown at the visitor. `id`
 * is the scan's id, also handed to our page as `qv` so a lead sent from it names its visit.
 */
export function recordScan(
  ctx: Ctx,
  route: QrRoute,
  request: Request,
  destination: Destination,
  at: Date,
  id: string = newId('qrScan'),
) {
  const send = async () => {
    const event = await scanEventFor(ctx, route, request, destination, at, id)
    await ctx.env.EVENTS_QUEUE.send(event, { contentType: 'json' })
  }
  ctx.waitUntil(
    send().catch((error) => ctx.log.error('qr scan not recorded', { codeId: route.codeId, error })),
  )
}
