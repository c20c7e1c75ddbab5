/**
 * Where we may POST a tenant's webhooks. An owner types the address, so it must not aim our
 * fetcher at our own network: public hosts only (assertPublicHttpUrl's rules), over https in
 * production. Hosts in OUTBOUND_ALLOW_HOSTS (the local receiver of `npm start` and the tests)
 * may be private and use http outside production. Checked on save and again before each
 * delivery, since the allow-list can change after an endpoint was saved.
 */
import type { Config } from '../../env.ts'
import { ApiError } from '../../lib/errors.ts'
import { checkPublicHttpUrl } from '../../lib/public-url.ts'

type Checked = { ok: true; url: URL } | { ok: false; reason: string }

const bare = (hostname: string) => hostname.toLowerCase().replace(/^\[|\]$/g, '')

export function checkEndpointUrl(
  config: Pick<Config, 'APP_ENV' | 'OUTBOUND_ALLOW_HOSTS'>,
  raw: string,
): Checked {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: 'The address is not a full web address (start it with https://)' }
  }
  const allowListed = config.OUTBOUND_ALLOW_HOSTS.map(bare).includes(bare(url.hostname))
  if (allowListed) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { ok: false, reason: 'The address must start with https://' }
    if (url.username || url.password)
      return { ok: false, reason: 'The address must not contain a user name or password' }
  } else {
    const checked = checkPublicHttpUrl(raw)
    if (!checked.ok) return checked
  }
  if (url.protocol === 'http:' && (!allowListed || config.APP_ENV === 'production'))
    return { ok: false, reason: 'The address must start with https:// (webhooks carry personal data)' }
  // The fragment never reaches the server; keep the address as it will be requested.
  url.hash = ''
  return { ok: true, url }
}

/** `checkEndpointUrl`, throwing a 400 naming `field` when the address is refused. */
export function assertEndpointUrl(
  config: Parameters<typeof checkEndpointUrl>[0],
  raw: string,
  field = 'url',
) {
  const checked = checkEndpointUrl(config, raw)
  if (checked.ok) return checked.url.toString()
  throw new ApiError('BAD_REQUEST', checked.reason, { errors: [{ path: field, message: checked.reason }] })
}
