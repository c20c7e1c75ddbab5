import type { LeadUtm } from '../lead-message.ts'
import { UTM_KEYS } from './form.model.ts'

/**
 * The utm_* parameters of the page the form was on, from the Referer. Microsite pages send
 * `referrer-policy: same-origin`, so a browser names its own page; a Referer from another
 * origin is ignored, so another site cannot make up a campaign.
 */
export function utmFromReferer(request: Request): LeadUtm | null {
  const referer = request.headers.get('referer')
  if (!referer) return null
  try {
    const page = new URL(referer)
    if (page.origin !== new URL(request.url).origin) return null
    const utm: LeadUtm = {}
    for (const key of UTM_KEYS) {
      const value = page.searchParams.get(key)?.trim().slice(0, 200)
      if (value) utm[key.slice(4) as keyof LeadUtm] = value
    }
    return Object.keys(utm).length ? utm : null
  } catch {
    return null
  }
}
