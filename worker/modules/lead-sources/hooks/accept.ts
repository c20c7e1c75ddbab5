// What every per-delivery webhook does once it has a lead: at most once per idempotency key in a
// day, on the queue before we answer, and in the source's delivery log whatever happened.
import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { enqueueLead } from '../../leads/intake/enqueue.ts'
import type { LeadFetchMessage, LeadMessage } from '../../leads/lead-message.ts'
import { markDelivery, recordDelivery } from '../deliveries.ts'
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

export interface FetchDelivery {
  platform: LeadFetchMessage['platform']
  idempotencyKey: string
  externalId: string
  formRef: LeadFetchMessage['formRef']
  raw: ArrayBuffer
  /** The log's words for a repeat within the day, and for a send that failed (answered 503). */
  duplicateDetail: string
  failedDetail: string
}

/**
 * For the webhooks that carry only ids (Facebook Lead Ads, LinkedIn): queues a `lead.fetch`
 * unless the key was accepted in the last day (logged `duplicate`, no second fetch; later ones
 * meet the consumer's touch key). The delivery row is written before the send so the consumer,
 * which may run within the second, always finds it to mark; a failed send turns it into
 * `failed` and the error (503) makes the platform deliver again.
 */
export async function queueFetch(ctx: Ctx, source: SourceRow, delivery: FetchDelivery): Promise<void> {
  const log = {
    tenantId: source.tenantId,
    sourceId: source.id,
    externalId: delivery.externalId,
    body: delivery.raw,
  }
  const earlier = await seenBefore(ctx, source.tenantId, delivery.idempotencyKey)
  if (earlier) {
    await recordDelivery(ctx, {
      ...log,
      outcome: 'duplicate',
      httpStatus: 200,
      leadId: earlier,
      detail: delivery.duplicateDetail,
    })
    return
  }
  const leadId = newId('lead')
  const deliveryId = await recordDelivery(ctx, {
    ...log,
    id: newId('sourceDelivery'),
    outcome: 'accepted',
    httpStatus: 200,
    leadId,
  })
  try {
    await enqueueLead(ctx, {
      kind: 'lead.fetch',
      platform: delivery.platform,
      leadId,
      tenantId: source.tenantId,
      sourceId: source.id,
      externalId: delivery.externalId,
      formRef: delivery.formRef,
      deliveryId,
      receivedAt: ctx.now().toISOString(),
    })
  } catch (error) {
    await markDelivery(ctx, source.tenantId, deliveryId, { outcome: 'failed', detail: delivery.failedDetail })
    throw error
  }
  await markSeen(ctx, source.tenantId, delivery.idempotencyKey, leadId)
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
  await logRefusal(ctx, source, raw, outcome, error, externalId)
  throw error
}

/**
 * For a webhook one app shares between tenants (Meta, LinkedIn): a body we refuse is logged on
 * every connected source among the accounts it names, then the error is thrown.
 */
export async function refuseForAccounts(
  ctx: Ctx,
  accountIds: Iterable<string>,
  findSource: (accountId: string) => Promise<SourceRow | null>,
  raw: ArrayBuffer,
  error: ApiError,
): Promise<never> {
  for (const accountId of accountIds) {
    const source = await findSource(accountId)
    if (source) await logRefusal(ctx, source, raw, 'rejected', error)
  }
  throw error
}

const logRefusal = (
  ctx: Ctx,
  source: SourceRow,
  raw: ArrayBuffer,
  outcome: DeliveryOutcome,
  error: ApiError,
  externalId?: string | null,
) =>
  recordDelivery(ctx, {
    tenantId: source.tenantId,
    sourceId: source.id,
    outcome,
    httpStatus: error.status,
    detail: error.message,
    externalId: externalId ?? null,
    body: raw,
  })

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
