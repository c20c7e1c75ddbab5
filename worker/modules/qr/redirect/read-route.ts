import type { Ctx } from '../../../context.ts'
import { QrRoute, qrRouteKey } from './qr-route.ts'
import { rebuildQrRoute } from './rebuild-route.ts'

// Generous on purpose (the service makes 8 URL-safe characters): it only keeps junk such as
// markup or very long strings away from KV.
const CODE = /^[0-9A-Za-z_-]{4,32}$/

/** The KV record behind `/q/{code}`; null for a malformed or unknown code. D1 only on a KV miss. */
export async function readQrRoute(ctx: Ctx, code: string): Promise<QrRoute | null> {
  if (!CODE.test(code)) return null
  const stored = await ctx.env.SITE_CACHE.get(qrRouteKey(code), 'text')
  if (stored === null) return rebuildQrRoute(ctx, code)
  const route = QrRoute.safeParse(parseJson(stored))
  if (!route.success) {
    // A record this code cannot read is a bug on the writing side; the visitor sees a 404.
    ctx.log.error('unreadable qr route in KV', { code, issues: route.error.issues.slice(0, 5) })
    return null
  }
  return route.data
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export type RouteState = 'live' | 'paused' | 'archived' | 'expired'

/** Archived and expired codes are gone for good (410); a paused one may come back (200 page). */
export function routeState(route: QrRoute, now: Date): RouteState {
  if (route.status === 'archived') return 'archived'
  if (route.expiresAt !== null && route.expiresAt <= now.getTime()) return 'expired'
  return route.status === 'paused' ? 'paused' : 'live'
}
