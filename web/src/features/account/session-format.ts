import type { SessionInfo } from './account-api.ts'

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const when = (iso: string) => formatter.format(new Date(iso))

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
]
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** "Firefox on Windows" from a user agent; API clients keep their own name. */
export function deviceOf(session: SessionInfo): string {
  const agent = session.userAgent
  if (!agent) return 'Unknown device'
  const browser = BROWSERS.find(([re]) => re.test(agent))?.[1]
  const system = SYSTEMS.find(([re]) => re.test(agent))?.[1]
  if (browser && system) return `${browser} on ${system}`
  return browser ?? system ?? agent.slice(0, 60)
}

const METHODS: Record<string, string> = {
  pwd: 'Password',
  'pwd+totp': 'Password and authenticator app',
  'pwd+recovery': 'Password and recovery code',
  passkey: 'Passkey',
  qr: 'QR code from a signed-in phone',
  invitation: 'Accepted an invitation',
}
export const methodOf = (method: string) => METHODS[method] ?? method

export const placeOf = (session: SessionInfo) =>
  [session.location, session.ip].filter(Boolean).join(' · ') || 'Unknown'
