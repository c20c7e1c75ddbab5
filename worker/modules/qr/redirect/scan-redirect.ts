// GET|HEAD|POST /q/{code}: the hot path behind every printed dynamic code. One KV read, the
// answer at once, the scan recorded after the response (record-scan.ts). POST carries the
// password of a protected code.
import { type Context, Hono } from 'hono'
import type { Ctx } from '../../../context.ts'
import type { AppEnv } from '../../../env.ts'
import { newId } from '../../../lib/ids.ts'
import { parseUserAgent } from '../../../lib/user-agent.ts'
import { countScan } from '../../notifications/index.ts'
import { chooseDestination } from './choose-destination.ts'
import { checkCodePassword } from './password-gate.ts'
import type { QrRoute } from './qr-route.ts'
import { readQrRoute, routeState } from './read-route.ts'
import { countryOf, isBotRequest, isScan, recordScan } from './record-scan.ts'
import { codeGone, codeNotFound, codePaused, passwordPage } from './scan-pages.ts'

type C = Context<AppEnv>

/**
 * Counts a scan against the code's limit in the tenant's hub. Fails open: a hub outage lets
 * scans through rather than breaking every printed code at once.
 */
async function withinScanLimit(ctx: Ctx, route: QrRoute & { scanLimit: number }): Promise<boolean> {
  try {
    return (await countScan(ctx.env, route.tenantId, route.codeId, route.scanLimit)).allowed
  } catch (error) {
    ctx.log.warn('scan counter unavailable; letting the scan through', { codeId: route.codeId, error })
    return true
  }
}

/**
 * On our own pages (the URL carries `qr={code}`), adds `qv={scanId}`: the page's form reads it
 * from the Referer, so the lead names the visit that sent it (no cookie involved).
 */
function withVisit(url: string, code: string, scanId: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.searchParams.get('qr') !== code) return url
    parsed.searchParams.set('qv', scanId)
    return parsed.toString()
  } catch {
    return url
  }
}

async function answerScan(c: C) {
  const ctx = c.var.ctx
  const code = c.req.param('code') ?? ''
  const route = await readQrRoute(ctx, code)
  if (!route) return codeNotFound(c)
  const now = ctx.now()
  const state = routeState(route, now)
  if (state === 'archived' || state === 'expired') return codeGone(c, route, state)
  if (state === 'paused') return codePaused(c, route)

  const request = c.req.raw
  const posted = request.method === 'POST'
  if (route.passwordHash !== null) {
    if (!posted) return passwordPage(c, route, code)
    const verdict = await checkCodePassword(ctx, { ...route, passwordHash: route.passwordHash }, request)
    if (!verdict.ok) return passwordPage(c, route, code, verdict.problem, verdict.headers)
  }

  const counted = isScan(request)
  // Bots are recorded but do not use up a limit meant for people.
  if (counted && route.scanLimit !== null && !isBotRequest(request)) {
    if (!(await withinScanLimit(ctx, { ...route, scanLimit: route.scanLimit })))
      return codeGone(c, route, 'limit')
  }
  const { platform } = parseUserAgent(request.headers.get('user-agent'))
  const destination = chooseDestination(route, { platform, country: countryOf(request), now })
  const scanId = counted ? newId('qrScan') : null
  if (scanId) recordScan(ctx, route, request, destination, now, scanId)
  // After a password form, 303 makes every client follow with a GET.
  return new Response(null, {
    status: posted ? 303 : 302,
    headers: {
      location: scanId ? withVisit(destination.url, code, scanId) : destination.url,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })
}

/** Mounted on the platform host only, before the microsite catch-all. */
export const qrRedirect = new Hono<AppEnv>()
  .get('/q/:code', answerScan)
  .post('/q/:code', answerScan)
  .all('/q/*', codeNotFound)
