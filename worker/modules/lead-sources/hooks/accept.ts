// What every per-delivery webhook does once it has a lead: at most once per idempotency key in a
// day, on the queue before we answer, and in the source's delivery log whatever happened.
import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { enqueueLead } from '../../leads/intake/enqueue.ts'
import type { LeadMessage } from '../../leads/lead-message.ts'
import { recordDelivery } from '../deliveries.ts'
import type { DeliveryOutcome } from '../lead-sources.tables.ts'
import type { SourceRow } from '../sources.repo.ts'

/** How long a repeat delivery is answered "duplicate" without queueing (the consumer dedupes later ones). */
const DUPLICATE_WINDOW_SECONDS = 24 * 60 * 60

// The same key family as accepted form submissions (leads.service.ts): `idem:{tenant}:{key}`.
const seenKey = (tenantId: string, idempotencyKey: string) => `idem:${tenantId}:${idempotencyKey}`

/** The lead id a delivery with this key was accepted as in the last day, if any. */
export const seenBefore = (ctx: Ctx, tenantId: string, idempotencyKey: string) =>
  ctx.env.SITE_CACHE.get(seenKey(tenantId, idempotencyKey))

/** A marker that fails to write costs nothing: the consumer's touch key catches the repeat. */
export const markSeen = (ctx: Ctx, tenantId: string, idempotencyKey: string, leadId: string) =>
  ctx.env.SITE_CACHE.put(seenKey(tenantId, idempotencyKey), leadId, {
    expirationTtl: DUPLICATE_WINDOW_SECONDS,
  }).catch((error) => ctx.log.warn('lead source duplicate marker not written', { error, tenantId }))

export interface Accepted {
  duplicate: boolean
  leadId: string
}

/**
 * Queues the lead unless its key was accepted in the last day, then logs the delivery. A failed
 * send is logged and answered 503, so the platform delivers again.
 */
export async function acceptDelivery(
  ctx: Ctx,
  source: SourceRow,
  message: LeadMessage,
  delivery: { httpStatus: number; raw: ArrayBuffer },
): Promise<Accepted> {
  const log = {
    tenantId: source.tenantId,
    sourceId: source.id,
    externalId: message.externalId,
    body: delivery.raw,
  }
  const earlier = await seenBefore(ctx, source.tenantId, message.idempotencyKey)
  if (earlier) {
    await recordDelivery(ctx, {
      ...log,
      outcome: 'duplicate',
      httpStatus: delivery.httpStatus,
      leadId: earlier,
      detail: 'Delivered before; the lead was already taken',
    })
    return { duplicate: true, leadId: earlier }
  }
  try {
    await enqueueLead(ctx, message)
  } catch (error) {
    await recordDelivery(ctx, {
      ...log,
      outcome: 'failed',
      httpStatus: 503,
      detail: 'Our lead queue was unavailable, so we answered 503 for the platform to deliver it again',
    })
    throw error
  }
  await markSeen(ctx, source.tenantId, message.idempotencyKey, message.leadId)
  await recordDelivery(ctx, {
    ...log,
    outcome: 'accepted',
    httpStatus: delivery.httpStatus,
    leadId: message.leadId,
  })
  return { duplicate: false, leadId: message.leadId }
}

/** Logs a refused delivery of a known source, then throws the error the platform is answered with. */
export async function refuse(
  ctx: Ctx,
  source: SourceRow,
  raw: ArrayBuffer,
  outcome: DeliveryOutcome,
  error: ApiError,
  externalId?: string | null,
): Promise<never> {
  await recordDelivery(ctx, {
    tenantId: source.tenantId,
    sourceId: source.id,
    outcome,
    httpStatus: error.status,
    detail: error.message,
    externalId: externalId ?? null,
    body: raw,
  })
  throw error
}

/** A paused source takes nothing; the platform is told so (409) and the log shows it. */
export const pausedError = () =>
  new ApiError('CONFLICT', 'This lead source is paused in Vitrine; resume it to take leads again')

/** The body as a JSON object, or undefined when it is not one. */
export function jsonObjectOf(raw: ArrayBuffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(raw))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
