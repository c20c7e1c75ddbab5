// What a User-Agent header says about the device behind it: coarse families only (no versions),
// enough for scan analytics, QR rules by device and the QR sign-in prompt.

export type DeviceType = 'mobile' | 'tablet' | 'desktop' | 'other'
/** The families QR rules route by; `other` (bots, TVs, unknown) matches no device rule. */
export type Platform = 'ios' | 'android' | 'desktop' | 'other'

export interface UserAgentInfo {
  deviceType: DeviceType
  os: string | null
  browser: string | null
  platform: Platform
}

// Most specific first: in-app browsers and Edge, Opera, Samsung Internet also say "Chrome" or
// "Safari"; Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/\bFBAN\/|\bFBAV\//, 'Facebook'],
  [/\bInstagram\b/, 'Instagram'],
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bCriOS\/|\b(?:Headless)?Chrome\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
]

// iPhone and iPad before macOS (both say "Mac OS X"), Android before Linux.
const SYSTEMS: [RegExp, string, Platform][] = [
  [/\bWindows\b/, 'Windows', 'desktop'],
  [/\biPhone\b|\biPod\b/, 'iOS', 'ios'],
  [/\biPad\b/, 'iPadOS', 'ios'],
  [/\bAndroid\b/, 'Android', 'android'],
  [/\bCrOS\b/, 'ChromeOS', 'desktop'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS', 'desktop'],
  [/\bLinux\b/, 'Linux', 'desktop'],
]

const anyOf = (patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'), 'i')

/**
 * Link-preview fetchers: chat apps and social sites fetching a pasted link to draw its card.
 * They are answered like anyone else but are not scans: nobody pointed a camera at anything.
 */
const UNFURLERS = anyOf([
  /^WhatsApp\//,
  /\bSlackbot\b/,
  /\bSlack-ImgProxy\b/,
  /\bTwitterbot\b/,
  /\bLinkedInBot\b/,
  /\bTelegramBot\b/,
  /\bfacebookexternalhit\b/,
  /\bFacebot\b/,
  /\bfacebookcatalog\b/,
  /\bDiscordbot\b/,
  /\bSkypeUriPreview\b/,
  // The crawler says "Pinterest/0.2"; the in-app browser "[Pinterest/iOS]".
  /\bPinterest(?:bot)?\/\d/,
  /\bvkShare\b/,
  /\bredditbot\b/,
  /\bEmbedly\b/,
  /\bIframely\b/,
  /\bMastodon\//,
  /\bBluesky Cardyb\b/,
  /\bGoogle-PageRenderer\b/,
  /\bMicrosoftPreview\b/,
])

const BOTS = anyOf([
  // "bot" ending a word, but not the CUBOT phone brand.
  /(?<!cu)bot\b/,
  /crawl|spider|slurp|scraper|monitor|uptime|lighthouse|\bpreview\b/,
  /\bcurl\/|\bwget\/|python-|\bhttpx\/|go-http-client|\bjava\/|okhttp|axios|node-fetch|undici|libwww|httpclient/,
  /headlesschrome|phantomjs/,
])

/** @example isUnfurler('WhatsApp/2.23.20.0 A') // true */
export const isUnfurler = (userAgent: string | null) => Boolean(userAgent && UNFURLERS.test(userAgent))

/** True for crawlers, scripts and headless browsers; a request without a User-Agent too. */
export const looksLikeBot = (userAgent: string | null) =>
  !userAgent?.trim() || BOTS.test(userAgent) || isUnfurler(userAgent)

function deviceTypeOf(userAgent: string, os: string | null): DeviceType {
  if (os === 'iPadOS' || /\bTablet\b/i.test(userAgent)) return 'tablet'
  if (os === 'Android') return /\bMobile\b/.test(userAgent) ? 'mobile' : 'tablet'
  if (os === 'iOS' || /\bMobile\b/.test(userAgent)) return 'mobile'
  if (os) return 'desktop'
  return 'other'
}

/**
 * @example parseUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) … Version/18.1 Mobile/15E148 Safari/604.1')
 * // { deviceType: 'mobile', os: 'iOS', browser: 'Safari', platform: 'ios' }
 */
export function parseUserAgent(userAgent: string | null): UserAgentInfo {
  if (!userAgent || looksLikeBot(userAgent))
    return { deviceType: 'other', os: null, browser: null, platform: 'other' }
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))
  const os = system?.[1] ?? null
  return { deviceType: deviceTypeOf(userAgent, os), os, browser, platform: system?.[2] ?? 'other' }
}

// People recognise their phone by its name rather than its system's.
const SYSTEM_NAMES: Record<string, string> = { iOS: 'iPhone', iPadOS: 'iPad' }

/**
 * A User-Agent header in words a person recognises as their own browser, for the phone that
 * is asked to approve a sign-in. Deliberately coarse: versions would only add noise.
 * @example summariseUserAgent('Mozilla/5.0 (X11; Linux x86_64) … Chrome/131.0.0.0 Safari/537.36') // 'Chrome on Linux'
 */
export function summariseUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'An unknown browser'
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1]
  const os = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1]
  const system = os ? (SYSTEM_NAMES[os] ?? os) : undefined
  if (browser && system) return `${browser} on ${system}`
  if (browser) return browser
  if (system) return `A browser on ${system}`
  return 'An unknown browser'
}
