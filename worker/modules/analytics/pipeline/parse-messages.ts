// The `events` queue carries three shapes analytics reads: QR scans, analytics events and
// refused beacons. Anything else, or a shape that fails validation, is retried only to reach
// the dead-letter queue, where it is parked for inspection instead of being dropped.
import type { Ctx } from '../../../context.ts'
import { QrScanEvent } from '../../qr/scans/scan-event.ts'
import { AnalyticsEvent, AnalyticsReject } from '../events/analytics-event.ts'

export type Incoming =
  | { message: Message<unknown>; kind: 'scan'; scan: QrScanEvent }
  | { message: Message<unknown>; kind: 'event'; event: AnalyticsEvent }

export interface IncomingReject {
  message: Message<unknown>
  reject: AnalyticsReject
}

export const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** Math.max(1, attempts))

// Rollups file events under their UTC day: an instant no Date can hold has no day.
const isInstant = (at: number) => Number.isFinite(new Date(at).getTime())

const typeOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'type' in body ? body.type : undefined

type Parsed =
  | { kind: 'scan'; scan: QrScanEvent }
  | { kind: 'event'; event: AnalyticsEvent }
  | { kind: 'reject'; reject: AnalyticsReject }
  | { kind: 'malformed'; why: string; issues?: unknown }

function parseOne(body: unknown): Parsed {
  const schema = { 'qr.scan': QrScanEvent, analytics: AnalyticsEvent, 'analytics.reject': AnalyticsReject }
  const type = typeOf(body)
  if (typeof type !== 'string' || !(type in schema)) return { kind: 'malformed', why: 'unknown type' }
  const parsed = schema[type as keyof typeof schema].safeParse(body)
  if (!parsed.success) return { kind: 'malformed', why: `invalid ${type}`, issues: parsed.error.issues }
  const data = parsed.data
  if (!isInstant(data.at)) return { kind: 'malformed', why: 'invalid at' }
  if (data.type === 'qr.scan') return { kind: 'scan', scan: data }
  if (data.type === 'analytics.reject') return { kind: 'reject', reject: data }
  // A lead event names its lead: that is how a lead counts once across its touches.
  if (data.kind === 'lead' && !data.leadId) return { kind: 'malformed', why: 'lead without leadId' }
  return { kind: 'event', event: data }
}

export function parseMessages(ctx: Ctx, messages: readonly Message<unknown>[]) {
  const events: Incoming[] = []
  const rejects: IncomingReject[] = []
  for (const message of messages) {
    const parsed = parseOne(message.body)
    if (parsed.kind === 'scan' || parsed.kind === 'event') events.push({ message, ...parsed })
    else if (parsed.kind === 'reject') rejects.push({ message, reject: parsed.reject })
    else {
      ctx.log.error('analytics message not understood; retried into the dead-letter queue', {
        messageId: message.id,
        type: typeOf(message.body),
        why: parsed.why,
        issues: parsed.issues,
      })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
  return { events, rejects }
}
