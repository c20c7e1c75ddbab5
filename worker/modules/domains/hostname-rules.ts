// What a tenant may connect: a real DNS hostname, in canonical form, that is not ours.
import type { Config } from '../../env.ts'
import { ApiError } from '../../lib/errors.ts'

/**
 * Second-level public suffixes common among our customers, so `shop.co.uk` counts as an apex.
 * Not the whole Public Suffix List: a hostname under a suffix missing here is only treated as a
 * subdomain (no automatic `www` twin), which the owner can still ask for explicitly.
 */
const TWO_LEVEL_SUFFIXES = new Set([
  ...['co', 'org', 'me', 'ltd', 'plc', 'net', 'ac', 'gov'].map((s) => `${s}.uk`),
  ...['com', 'net', 'org', 'edu', 'gov', 'asn', 'id'].map((s) => `${s}.au`),
  ...['co', 'net', 'org', 'firm', 'gen', 'ind', 'gov', 'ac', 'edu', 'res'].map((s) => `${s}.in`),
  ...['co', 'org', 'net', 'ac', 'gov', 'web'].map((s) => `${s}.za`),
  ...['co', 'net', 'org', 'ac', 'govt'].map((s) => `${s}.nz`),
  ...['co', 'ne', 'or', 'ac'].map((s) => `${s}.jp`),
  ...['com', 'net', 'org'].flatMap((s) =>
    [
      'br',
      'mx',
      'ar',
      'sg',
      'my',
      'tr',
      'hk',
      'tw',
      'pk',
      'ng',
      'eg',
      'sa',
      'ph',
      'cn',
      'vn',
      'bd',
      'np',
      'lk',
    ].map((cc) => `${s}.${cc}`),
  ),
  ...['co.id', 'co.il', 'co.kr', 'co.ke', 'co.th', 'co.ae', 'co.tz', 'co.ug'],
])

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const EXAMPLE = 'Enter a hostname such as shop.example.com'

const refuse = (message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path: 'hostname', message }] })

/** The part of a hostname one registers with a registrar: `shop.example.co.uk` → `example.co.uk`. */
export function registrableDomain(hostname: string): string {
  const labels = hostname.split('.')
  const keep = TWO_LEVEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2
  return labels.slice(-keep).join('.')
}

export const isApex = (hostname: string) => registrableDomain(hostname) === hostname

/** Strips a pasted `https://…/` down to its host; anything else URL-like is refused, not guessed. */
function hostOf(input: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    if (input.startsWith('[')) throw refuse('IP addresses cannot be connected; use a hostname')
    if (/[\s/\\?#@]/.test(input)) throw refuse(`${EXAMPLE}, without a path or spaces`)
    if (input.includes(':')) throw refuse(`${EXAMPLE}, without a port`)
    return input
  }
  let url: URL
  try {
    url = new URL(input)
  } catch {
    throw refuse(`${EXAMPLE}; that is not a valid address`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refuse(`${EXAMPLE}, not a ${url.protocol} address`)
  if (url.username || url.password) throw refuse(`${EXAMPLE}, without a user name`)
  if (url.port) throw refuse(`${EXAMPLE}, without a port`)
  if (url.pathname !== '/' || url.search || url.hash) throw refuse(`${EXAMPLE}, without a path`)
  return url.hostname
}

/**
 * The canonical form of what an owner typed: lower case, internationalised names in punycode
 * (`café.example` → `xn--caf-dma.example`), no trailing dot; `https://Shop.Example.com/` is
 * accepted as `shop.example.com`. Throws BAD_REQUEST, naming the problem, for anything else.
 */
export function normaliseHostname(input: string): string {
  let text = hostOf(input.trim())
  if (text.endsWith('.')) text = text.slice(0, -1)
  let hostname: string
  try {
    hostname = new URL(`http://${text}`).hostname
  } catch {
    throw refuse(`${EXAMPLE}; “${text}” is not a valid hostname`)
  }
  if (hostname.startsWith('[') || IPV4.test(hostname))
    throw refuse('IP addresses cannot be connected; use a hostname')
  if (hostname.length > 253) throw refuse('A hostname has at most 253 characters')
  const labels = hostname.split('.')
  if (labels.length < 2) throw refuse(`${EXAMPLE}: a full hostname has at least one dot`)
  if (!labels.every((label) => LABEL.test(label)))
    throw refuse(
      'Each part of a hostname between dots has 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen',
    )
  if (/^\d+$/.test(labels.at(-1)!)) throw refuse('IP addresses cannot be connected; use a hostname')
  if (TWO_LEVEL_SUFFIXES.has(hostname))
    throw refuse(`${hostname} is a public suffix; use your own domain under it`)
  return hostname
}

/** Refuses our own names (the platform, the CNAME target's domain) and names that are never public. */
export function assertNotOurs(config: Config, hostname: string): void {
  const own = [
    ...config.PLATFORM_HOSTS,
    new URL(config.PUBLIC_ORIGIN).hostname,
    registrableDomain(config.CUSTOM_HOSTNAME_TARGET),
  ]
  const under = (base: string) => hostname === base || hostname.endsWith(`.${base}`)
  if (own.some(under)) throw refuse(`${hostname} belongs to Vitrine itself; connect a hostname of your own`)
  if (['localhost', 'local', 'internal'].some(under))
    throw refuse(`${hostname} is a private name that the internet cannot reach`)
}

/**
 * The `www` twin registered beside a hostname, which redirects to it: `www.example.com` for the
 * apex `example.com` (by default), or the apex for `www.example.com` (when asked).
 */
export function twinOf(hostname: string, includeWww: boolean | undefined): { hostname: string } | null {
  if (isApex(hostname)) return (includeWww ?? true) ? { hostname: `www.${hostname}` } : null
  const apex = hostname.slice(4)
  if (hostname.startsWith('www.') && isApex(apex)) return includeWww ? { hostname: apex } : null
  if (includeWww)
    throw new ApiError(
      'BAD_REQUEST',
      `includeWww pairs an apex domain (example.com) with its www name; ${hostname} is neither`,
      { errors: [{ path: 'includeWww', message: 'Only for example.com or www.example.com' }] },
    )
  return null
}
