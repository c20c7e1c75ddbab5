// D1 access for lead_sources. Tenant-facing reads filter by tenant; the two webhook lookups
// (by platform account, by the id in a per-source URL) are how an anonymous delivery finds its tenant.
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { leadSources, type SourceKind } from './lead-sources.tables.ts'

export type SourceRow = typeof leadSources.$inferSelect

/** The live (not archived) source connected to this platform account, paused ones included. */
export async function findSourceByAccount(
  ctx: Ctx,
  kind: SourceKind,
  accountId: string,
): Promise<SourceRow | null> {
  const [row] = await ctx.d1
    .select()
    .from(leadSources)
    .where(
      and(eq(leadSources.kind, kind), eq(leadSources.accountId, accountId), isNull(leadSources.archivedAt)),
    )
    .limit(1)
  return row ?? null
}

/**
 * One source of this tenant, archived ones included (a queued lead of a source archived since
 * must still be fetched); callers serving the dashboard treat `archivedAt` as gone.
 */
export async function getSource(ctx: Ctx, tenantId: string, sourceId: string): Promise<SourceRow | null> {
  const [row] = await ctx.d1
    .select()
    .from(leadSources)
    .where(and(eq(leadSources.tenantId, tenantId), eq(leadSources.id, sourceId)))
    .limit(1)
  return row ?? null
}

/** The live source a per-source webhook URL names, whatever its tenant (the URL is the routing). */
export async function findSourceForHook(
  ctx: Ctx,
  kind: SourceKind,
  sourceId: string,
): Promise<SourceRow | null> {
  const [row] = await ctx.d1
    .select()
    .from(leadSources)
    .where(and(eq(leadSources.id, sourceId), eq(leadSources.kind, kind), isNull(leadSources.archivedAt)))
    .limit(1)
  return row ?? null
}

/** Live sources of a tenant, newest first. */
export const listSourceRows = (ctx: Ctx, tenantId: string) =>
  ctx.d1
    .select()
    .from(leadSources)
    .where(and(eq(leadSources.tenantId, tenantId), isNull(leadSources.archivedAt)))
    .orderBy(desc(leadSources.createdAt), desc(leadSources.id))

export const insertSource = (ctx: Ctx, row: typeof leadSources.$inferInsert) =>
  ctx.d1.insert(leadSources).values(row)

export const updateSourceRow = (ctx: Ctx, tenantId: string, id: string, set: Partial<SourceRow>) =>
  ctx.d1
    .update(leadSources)
    .set(set)
    .where(and(eq(leadSources.tenantId, tenantId), eq(leadSources.id, id), isNull(leadSources.archivedAt)))

/** Another live source already connected to this account (the unique index, asked before writing). */
export async function accountTaken(ctx: Ctx, kind: SourceKind, accountId: string, exceptId?: string) {
  const row = await findSourceByAccount(ctx, kind, accountId)
  return row !== null && row.id !== exceptId
}
