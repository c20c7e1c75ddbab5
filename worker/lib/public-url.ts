// Owner-entered web addresses we send visitors to: public http(s) only. A code must never point a
// scanner (or one of our own fetchers) at a private network, a local name or a script URL.
import { ApiError } from './errors.ts'

const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet']

type Range = readonly [base: number, bits: number]
const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0

/** IPv4 blocks that are not on the public internet (RFC 6890 and friends). */
const PRIVATE_V4: Range[] = [
  [v4(0, 0, 0, 0), 8], // "this network"
  [v4(10, 0, 0, 0), 8],
  [v4(100, 64, 0, 0), 10], // carrier-grade NAT
  [v4(127, 0, 0, 0), 8],
  [v4(169, 254, 0, 0), 16], // link-local (cloud metadata lives here)
  [v4(172, 16, 0, 0), 12],
  [v4(192, 0, 0, 0), 24],
  [v4(192, 0, 2, 0), 24],
  [v4(192, 168, 0, 0), 16],
  [v4(198, 18, 0, 0), 15],
  [v4(198, 51, 100, 0), 24],
  [v4(203, 0, 113, 0), 24],
  [v4(224, 0, 0, 0), 4], // multicast
  [v4(240, 0, 0, 0), 4], // reserved and broadcast
]

const inRange = (ip: number, [base, bits]: Range) => bits === 0 || ip >>> (32 - bits) === base >>> (32 - bits)

function parseV4(host: string): number | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null
  return v4(...(parts.map(Number) as [number, number, number, number]))
}

export const isPrivateV4 = (ip: number) => PRIVATE_V4.some((r) => inRange(ip, r))

/** Eight 16-bit groups of a (canonical, as the URL parser writes it) IPv6 address, or null. */
function parseV6(host: string): number[] | null {
  let text = host.toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const ip = parseV4(dotted[1]!)
    if (ip === null) return null
    text = `${text.slice(0, dotted.index)}${(ip >>> 16).toString(16)}:${(ip & 0xffff).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const groups = (s: string) => (s === '' ? [] : s.split(':'))
  const head = groups(halves[0]!)
  const tail = halves.length === 2 ? groups(halves[1]!) : []
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0
  const all = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...tail]
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null
  return all.map((g) => Number.parseInt(g, 16))
}

export function isPrivateV6(g: number[]): boolean {
  const embeddedV4 = () => ((g[6]! << 16) | g[7]!) >>> 0
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0)
  if (zeroUpTo(6)) return true // ::, ::1 and the deprecated IPv4-compatible block
  if (zeroUpTo(5) && g[5] === 0xffff) return isPrivateV4(embeddedV4()) // IPv4-mapped
  if (g[0] === 0x64 && g[1] === 0xff9b) return isPrivateV4(embeddedV4()) // NAT64
  if (g[0] === 0x2002) return isPrivateV4(((g[1]! << 16) | g[2]!) >>> 0) // 6to4
  if ((g[0]! & 0xfe00) === 0xfc00) return true // unique local
  if ((g[0]! & 0xffc0) === 0xfe80 || (g[0]! & 0xffc0) === 0xfec0) return true // link/site-local
  if ((g[0]! & 0xff00) === 0xff00) return true // multicast
  return g[0] === 0x2001 && g[1] === 0x0db8 // documentation
}

/** Why this hostname is not a public internet host, or null when it is one. */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('[')) {
    const groups = parseV6(host.slice(1, -1))
    if (!groups) return 'is not a valid IPv6 address'
    return isPrivateV6(groups) ? 'points at a private, loopback or link-local address' : null
  }
  const ip = parseV4(host)
  if (ip !== null) return isPrivateV4(ip) ? 'points at a private, loopback or link-local address' : null
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s)))
    return 'points at a local host name'
  if (!host.includes('.')) return 'needs a full public host name (like example.com)'
  return null
}

/**
 * Parses an owner-entered URL and accepts only a public http(s) address: other schemes
 * (javascript:, data:, file:…), user names or passwords in the URL, local names and literal
 * private addresses are refused with the reason. Names that merely resolve to private addresses
 * are the browser's concern: we only redirect to them, we never fetch them.
 */
export function checkPublicHttpUrl(url: string): { ok: true; url: URL } | { ok: false; reason: string } {
  const refuse = (why: string) => ({ ok: false as const, reason: `The address ${why}` })
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return refuse('is not a full web address (start it with https://)')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return refuse('must start with https:// or http://')
  if (parsed.username || parsed.password) return refuse('must not contain a user name or password')
  const reason = privateHostReason(parsed.hostname)
  return reason ? refuse(reason) : { ok: true, url: parsed }
}

/** `checkPublicHttpUrl`, throwing a 400 problem naming `field` when the address is refused. */
export function assertPublicHttpUrl(url: string, field: string): URL {
  const checked = checkPublicHttpUrl(url)
  if (checked.ok) return checked.url
  throw new ApiError('BAD_REQUEST', checked.reason, { errors: [{ path: field, message: checked.reason }] })
}
