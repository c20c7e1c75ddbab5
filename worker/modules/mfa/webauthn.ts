import type { Config } from '../../env.ts'

/** Vitrine's relying party: passkeys are bound to the dashboard's host name and origin. */
export function relyingParty(config: Config) {
  return { name: 'Vitrine', id: new URL(config.PUBLIC_ORIGIN).hostname, origin: config.PUBLIC_ORIGIN }
}

/** The browser gives up after this long; the challenge itself lives five minutes. */
export const CEREMONY_TIMEOUT_MS = 5 * 60 * 1000

export const MAX_PASSKEYS_PER_USER = 10
