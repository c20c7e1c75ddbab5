// The delivery log of a lead source: one row per request a platform made, whatever we answered.
// It is for troubleshooting, so writing it must never change the answer the platform gets.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import { type DeliveryOutcome, leadSources, sourceDeliveries } from './lead-sources.tables.ts'

export const EXCERPT_BYTES = 2048

export interface DeliveryRecord {
  tenantId: string
  sourceId: string
  outcome: DeliveryOutcome
  httpStatus: number
  detail?: string | null
  externalId?: string | null
  leadId?: string | null
  /** The raw body; its first 2 KB are kept (secrets in it redacted). */
  body?: string | Uint8Array | ArrayBuffer | null
  /** Known beforehand when a queued message names the delivery (LeadFetchMessage.deliveryId). */
  id?: string
}

// Google puts the source's shared key in every body; the log must not become a copy of it.
const SECRET_FIELDS = /("(?:google_key|access_token|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/g

/** First 2 KB of a body as text, with a secret-looking JSON field blanked. */
export function excerptOf(body: DeliveryRecord['body']): string | null {
  if (body == null) return null
  const bytes =
    typeof body === 'string'
      ? new TextEncoder().encode(body)
      : body instanceof Uint8Array
        ? body
        : new Uint8Array(body)
  if (bytes.byteLength === 0) return null
  // A multi-byte character cut at the boundary decodes to U+FFFD (TextDecoder is not fatal by default).
  const text = new TextDecoder().decode(bytes.subarray(0, EXCERPT_BYTES))
  return text.replace(SECRET_FIELDS, '$1"[redacted]"')
}

/**
 * Logs one delivery and stamps the source's last delivery time. Never throws: a failure is
 * logged, because the platform's answer was decided before and must not turn into a 500.
 * @returns the delivery id (the given one, or a new one)
 */
export async function recordDelivery(ctx: Ctx, record: DeliveryRecord): Promise<string> {
  const id = record.id ?? newId('sourceDelivery')
  try {
    const at = ctx.now()
    await ctx.d1.batch([
      ctx.d1.insert(sourceDeliveries).values({
        id,
        tenantId: record.tenantId,
        sourceId: record.sourceId,
        outcome: record.outcome,
        httpStatus: record.httpStatus,
        detail: record.detail?.slice(0, 500) ?? null,
        externalId: record.externalId?.slice(0, 200) ?? null,
        leadId: record.leadId ?? null,
        excerpt: excerptOf(record.body),
        createdAt: at,
      }),
      ctx.d1
        .update(leadSources)
        .set({ lastDeliveryAt: at })
        .where(and(eq(leadSources.tenantId, record.tenantId), eq(leadSources.id, record.sourceId))),
    ])
  } catch (error) {
    ctx.log.error('lead source delivery not logged', {
      error,
      tenantId: record.tenantId,
      sourceId: record.sourceId,
      outcome: record.outcome,
    })
  }
  return id
}

/**
 * Updates a logged delivery once its queued work finished (a fetched lead, or a fetch that can
 * never succeed). Never throws, for the same reason as `recordDelivery`.
 */
export async function markDelivery(
  ctx: Ctx,
  tenantId: string,
  deliveryId: string,
  set: { outcome?: DeliveryOutcome; detail?: string | null; leadId?: string | null },
): Promise<void> {
  try {
    await ctx.d1
      .update(sourceDeliveries)
      .set({ ...set, ...(set.detail !== undefined ? { detail: set.detail?.slice(0, 500) ?? null } : {}) })
      .where(and(eq(sourceDeliveries.tenantId, tenantId), eq(sourceDeliveries.id, deliveryId)))
  } catch (error) {
    ctx.log.error('lead source delivery not updated', { error, tenantId, deliveryId })
  }
}
