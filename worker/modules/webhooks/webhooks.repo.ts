// D1 queries for endpoints and deliveries; tenantId is in every WHERE clause.
import { and, count, desc, eq, inArray, lt, max, sql } from 'drizzle-orm'
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core'
import type { Ctx } from '../../context.ts'
import { webhookDeliveries, webhookEndpoints } from './webhooks.tables.ts'

export type EndpointRow = typeof webhookEndpoints.$inferSelect
export type DeliveryRow = typeof webhookDeliveries.$inferSelect
type EndpointChange = Omit<SQLiteUpdateSetSource<typeof webhookEndpoints>, 'id' | 'tenantId'>
type DeliveryChange = Omit<SQLiteUpdateSetSource<typeof webhookDeliveries>, 'id' | 'tenantId' | 'attempts'>

export const listEndpointRows = (ctx: Ctx, tenantId: string) =>
  ctx.d1
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.tenantId, tenantId))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))

export async function getEndpointRow(ctx: Ctx, tenantId: string, endpointId: string) {
  const [row] = await ctx.d1
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, endpointId)))
  return row ?? null
}

export async function countEndpoints(ctx: Ctx, tenantId: string): Promise<number> {
  const [row] = await ctx.d1
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.tenantId, tenantId))
  return row?.n ?? 0
}

export const insertEndpoint = (ctx: Ctx, row: typeof webhookEndpoints.$inferInsert) =>
  ctx.d1.insert(webhookEndpoints).values(row)

export const updateEndpointRow = (ctx: Ctx, tenantId: string, endpointId: string, set: EndpointChange) =>
  ctx.d1
    .update(webhookEndpoints)
    .set(set)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, endpointId)))

/** The endpoint and its delivery log, which cannot outlive it (foreign key). */
export const deleteEndpointRows = (ctx: Ctx, tenantId: string, endpointId: string) =>
  [
    ctx.d1
      .delete(webhookDeliveries)
      .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.endpointId, endpointId))),
    ctx.d1
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, endpointId))),
  ] as const

/** Newest first, paged by id (ids sort by creation). */
export const listDeliveryRows = (
  ctx: Ctx,
  tenantId: string,
  endpointId: string,
  page: { cursor?: string; limit: number; status?: DeliveryRow['status'] },
) =>
  ctx.d1
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.endpointId, endpointId),
        page.status ? eq(webhookDeliveries.status, page.status) : undefined,
        page.cursor ? lt(webhookDeliveries.id, page.cursor) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.limit)

export async function getDeliveryRow(ctx: Ctx, tenantId: string, deliveryId: string) {
  const [row] = await ctx.d1
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, deliveryId)))
  return row ?? null
}

export const insertDelivery = (ctx: Ctx, row: typeof webhookDeliveries.$inferInsert) =>
  ctx.d1.insert(webhookDeliveries).values(row)

/** Changes a delivery; `attempted` counts one more attempt in the same statement. */
export const updateDeliveryRow = (
  ctx: Ctx,
  tenantId: string,
  deliveryId: string,
  set: DeliveryChange,
  attempted = false,
) =>
  ctx.d1
    .update(webhookDeliveries)
    .set({ ...set, ...(attempted ? { attempts: sql`${webhookDeliveries.attempts} + 1` } : {}) })
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, deliveryId)))

/** A settled delivery back to pending, for a replay; false when it is still being attempted. */
export async function reopenDelivery(ctx: Ctx, tenantId: string, deliveryId: string): Promise<boolean> {
  const rows = await ctx.d1
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: null })
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.id, deliveryId),
        inArray(webhookDeliveries.status, ['succeeded', 'failed']),
      ),
    )
    .returning({ id: webhookDeliveries.id })
  return rows.length > 0
}

/** One more delivery failed for good; counted in SQL so two at once both count. */
export const countEndpointFailure = (
  ctx: Ctx,
  tenantId: string,
  endpointId: string,
  set: EndpointChange = {},
) =>
  updateEndpointRow(ctx, tenantId, endpointId, {
    ...set,
    consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
  })

/** When the endpoint last accepted a delivery, or null if it never has. */
export async function lastSuccessAt(ctx: Ctx, tenantId: string, endpointId: string): Promise<Date | null> {
  const [row] = await ctx.d1
    .select({ at: max(webhookDeliveries.deliveredAt) })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.endpointId, endpointId)))
  return row?.at ?? null
}
