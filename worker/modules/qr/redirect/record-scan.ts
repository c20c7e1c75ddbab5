// Turns a request to /q/{code} into a QrScanEvent and puts it on the events queue. Runs after
// the redirect was answered (ctx.waitUntil): a slow or failing queue never delays or fails a scan.
// Privacy: no IP leaves this file, only daily keyed hashes; the referrer is cut to its host.
import type { Ctx } from '../../../context.ts'
import { newId } from '../../../lib/ids.ts'
import { asksNotToTrack, dailyVisitorHash, notALook, requestFacts } from '../../../lib/request-facts.ts'
import { looksLikeBot } from '../../../lib/user-agent.ts'
import { QrScanEvent } from '../scans/scan-event.ts'
import type { Destination } from './choose-destination.ts'
import type { QrRoute } from './qr-route.ts'

export { countryOf } from '../../../lib/request-facts.ts'

/**
 * HEAD requests, browser prefetches and link previews are answered but are not scans: nobody
 * scanned anything, and a chat app unfurling a pasted link would otherwise count every share.
 */
export const isScan = (request: Request) => notALook(request) === null

export const isBotRequest = (request: Request) => looksLikeBot(request.headers.get('user-agent'))

/** Unique scanners per code and day; see dailyVisitorHash. */
export const visitorHash = (ctx: Ctx, codeId: string, request: Request, at: Date) =>
  dailyVisitorHash(ctx.config.SESSION_SECRET, codeId, request, at)

export async function scanEventFor(
  ctx: Ctx,
  route: QrRoute,
  request: Request,
  destination: Destination,
  at: Date,
  id: string = newId('qrScan'),
): Promise<QrScanEvent> {
  const facts = requestFacts(request)
  return QrScanEvent.parse({
    type: 'qr.scan',
    id,
    tenantId: route.tenantId,
    codeId: route.codeId,
    brandId: route.brandId,
    branchId: route.branchId,
    placement: route.placement,
    at: at.getTime(),
    country: facts.country,
    region: facts.region,
    city: facts.city,
    deviceType: facts.deviceType,
    os: facts.os,
    browser: facts.browser,
    referrerHost: facts.referrerHost,
    language: facts.language,
    isBot: facts.isBot,
    visitorHash: await visitorHash(ctx, route.codeId, request, at),
    // The tenant-wide daily hash analytics joins scans, views and leads by; none under DNT/GPC.
    visitor: asksNotToTrack(request)
      ? null
      : await dailyVisitorHash(ctx.config.SESSION_SECRET, route.tenantId, request, at),
    ruleIndex: destination.ruleIndex,
  } satisfies QrScanEvent)
}

/**
 * Queues the scan in the background; a failure is logged, never thrown at the visitor. `id`
 * is the scan's id, also handed to our page as `qv` so a lead sent from it names its visit.
 */
export function recordScan(
  ctx: Ctx,
  route: QrRoute,
  request: Request,
  destination: Destination,
  at: Date,
  id: string = newId('qrScan'),
) {
  const send = async () => {
    const event = await scanEventFor(ctx, route, request, destination, at, id)
    await ctx.env.EVENTS_QUEUE.send(event, { contentType: 'json' })
  }
  ctx.waitUntil(
    send().catch((error) => ctx.log.error('qr scan not recorded', { codeId: route.codeId, error })),
  )
}
