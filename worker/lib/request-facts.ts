// What a visitor's request says about them that analytics may keep: coarse place, device family,
// language, the referring host, and a daily keyed hash in place of any identifier. The IP is
// read here only to be hashed; it never leaves this file.
import { toHex } from './crypto.ts'
import { type DeviceType, isUnfurler, looksLikeBot, parseUserAgent } from './user-agent.ts'

export interface RequestFacts {
  country: string | null
  region: string | null
  city: string | null
  deviceType: DeviceType
  os: string | null
  browser: string | null
  language: string | null
  referrerHost: string | null
  isBot: boolean
}

interface Geo {
  country?: string
  region?: string
  city?: string
}

const known = (value: unknown) => (typeof value === 'string' && value && value !== 'XX' ? value : null)

/** The request's country from Cloudflare's geolocation ('XX' means unknown). */
export const countryOf = (request: Request) => known((request.cf as Geo | undefined)?.country)

export function referrerHost(request: Request): string | null {
  const referrer = request.headers.get('referer')
  if (!referrer) return null
  try {
    return new URL(referrer).hostname || null
  } catch {
    return null
  }
}

/** The primary language subtag of the first Accept-Language entry: 'fr' for "fr-CA,fr;q=0.9,en". */
export function languageOf(request: Request): string | null {
  const first = (request.headers.get('accept-language') ?? '').split(',')[0]!.split(';')[0]!.trim()
  const primary = first.split('-')[0]!.toLowerCase()
  return /^[a-z]{2,3}$/.test(primary) ? primary : null
}

export function requestFacts(request: Request): RequestFacts {
  const geo = (request.cf ?? {}) as Geo
  const userAgent = request.headers.get('user-agent')
  const agent = parseUserAgent(userAgent)
  return {
    country: known(geo.country),
    region: known(geo.region),
    city: known(geo.city),
    deviceType: agent.deviceType,
    os: agent.os,
    browser: agent.browser,
    language: languageOf(request),
    referrerHost: referrerHost(request),
    isBot: looksLikeBot(userAgent),
  }
}

const PREFETCH_HEADERS = ['sec-purpose', 'purpose', 'x-moz', 'x-purpose'] as const

/**
 * Why a request is answered but is nobody looking: a HEAD request, a browser prefetch or
 * prerender, or a chat app unfurling a pasted link. Null for a person (or a bot: see isBot).
 */
export function notALook(request: Request): 'head' | 'prefetch' | 'unfurl' | null {
  if (request.method === 'HEAD') return 'head'
  const purpose = PREFETCH_HEADERS.map((h) => request.headers.get(h) ?? '').join(' ')
  if (/prefetch|preview|prerender/i.test(purpose)) return 'prefetch'
  return isUnfurler(request.headers.get('user-agent')) ? 'unfurl' : null
}

/** Do-Not-Track or Global Privacy Control: the visitor asked not to be followed. */
export const asksNotToTrack = (request: Request) =>
  request.headers.get('dnt') === '1' || request.headers.get('sec-gpc') === '1'

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

const utcDay = (at: Date) => at.toISOString().slice(0, 10)

/**
 * Counts unique visitors without cookies: the same browser the same day within one `scope`
 * (a QR code, a tenant) gives the same value, the next day or another scope another, and
 * nobody can get the IP back from it.
 */
export async function dailyVisitorHash(secret: string, scope: string, request: Request, at: Date) {
  const ip = request.headers.get('cf-connecting-ip') ?? ''
  const userAgent = request.headers.get('user-agent') ?? ''
  const message = `${utcDay(at)}|${scope}|${ip}|${userAgent}`
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), new TextEncoder().encode(message))
  return toHex(signature).slice(0, 32)
}
