// POST /a/collect: one beacon, one action event on the queue, 204. No D1 or KV read on this
// path (the consumer verifies tenant and site), so it takes whatever rate the queue does.
// A refused beacon answers 400 and is counted by reason (analytics_rejects), tenant unknown.
import type { Ctx } from '../../../context.ts'
import { ApiError, type FieldIssue, issuesOf, problemResponse } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { ActionType } from '../analytics.tables.ts'
import { AnalyticsEvent, type AnalyticsReject } from '../events/analytics-event.ts'
import { BeaconPayload, MAX_BEACON_BYTES } from './beacon-payload.ts'
import { clip, externalHost, qrCodeOf, utmOf, visitOf } from './visit-facts.ts'

// navigator.sendBeacon sends a string as text/plain (no CORS preflight); JSON is fine too.
const BEACON_TYPE = /^(text\/plain|application\/json)\s*(;|$)/i

// A target means something only for these; a call's or an e-mail's would be a phone or an address.
const TARGETED: ReadonlySet<ActionType> = new Set(['outbound', 'section_view', 'form_start', 'form_submit'])

/** The body as text, or null once it passes `max` bytes (read no further than that). */
async function readCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(body)
}

function refuse(ctx: Ctx, reason: AnalyticsReject['reason'], message: string, errors?: FieldIssue[]) {
  const reject: AnalyticsReject = { type: 'analytics.reject', reason, at: ctx.now().getTime() }
  ctx.waitUntil(
    ctx.env.EVENTS_QUEUE.send(reject, { contentType: 'json' }).catch((error) =>
      ctx.log.error('beacon reject not counted', { reason, error }),
    ),
  )
  return problemResponse(new ApiError('BAD_REQUEST', message, errors ? { errors } : {}), ctx.requestId)
}

export async function actionEvent(
  ctx: Ctx,
  request: Request,
  beacon: BeaconPayload,
  at: Date,
  preview: boolean,
): Promise<AnalyticsEvent> {
  const query = new URLSearchParams(beacon.q ?? '')
  return AnalyticsEvent.parse({
    type: 'analytics',
    id: newId('analyticsEvent'),
    kind: 'action',
    action: beacon.a,
    target: TARGETED.has(beacon.a) ? clip(beacon.g, 200) : null,
    tenantId: beacon.t,
    // The consumer takes brand and branch from the site once it has checked it.
    brandId: null,
    branchId: null,
    siteId: beacon.s,
    path: clip(beacon.p, 300),
    at: at.getTime(),
    referrerHost: externalHost(beacon.r, new URL(request.url).hostname),
    utm: utmOf(query),
    qrCode: qrCodeOf(query.get('qr')),
    leadId: null,
    unverified: true,
    ...(await visitOf(ctx, request, beacon.t, at, preview)),
  } satisfies AnalyticsEvent)
}

/**
 * Takes one beacon: 204 once it is handed to the queue in the background, 400 problem+json
 * (and a counted reject) when it is not JSON text, over 1 KB or not a valid beacon.
 * `preview`: the request carries a dashboard session, so it is the owner's own click.
 */
export async function collectBeacon(ctx: Ctx, request: Request, options: { preview: boolean }) {
  if (!BEACON_TYPE.test(request.headers.get('content-type') ?? ''))
    return refuse(ctx, 'unsupported_type', 'Send a beacon as text/plain or application/json')
  const text = await readCapped(request, MAX_BEACON_BYTES)
  if (text === null) return refuse(ctx, 'too_large', `A beacon is at most ${MAX_BEACON_BYTES} bytes`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(ctx, 'malformed', 'The beacon is not JSON')
  }
  const beacon = BeaconPayload.safeParse(body)
  if (!beacon.success) return refuse(ctx, 'malformed', 'The beacon is not valid', issuesOf(beacon.error))
  const at = ctx.now()
  const send = async () => {
    const event = await actionEvent(ctx, request, beacon.data, at, options.preview)
    await ctx.env.EVENTS_QUEUE.send(event, { contentType: 'json' })
  }
  ctx.waitUntil(send().catch((error) => ctx.log.error('beacon not recorded', { error })))
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}
