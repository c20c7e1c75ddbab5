// Saved list views are personal: every query names the member, so one member never lists,
// changes or deletes another's view (someone else's id is simply not found).
import { and, asc, count, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import type { MemberActor } from '../../auth/permissions.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import type { CrmFilter, CrmSort } from '../filters/filter.schemas.ts'
import { filterSql, sortSql } from '../filters/filter-sql.ts'
import { type CrmView, type CrmViewInput, type CrmViewPatch, MAX_VIEWS_PER_LIST } from './views.schemas.ts'
import { crmViews } from './views.tables.ts'

type ViewRow = typeof crmViews.$inferSelect

const toView = (row: ViewRow): CrmView => ({
  id: row.id,
  entity: row.entity,
  name: row.name,
  filter: row.filter,
  sort: row.sort ?? null,
  columns: row.columns,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** A view must work when opened: its filter and sort compile against today's fields (400 if not). */
async function assertUsable(
  tx: PgTx,
  tenantId: string,
  entity: CrmEntity,
  filter: CrmFilter,
  sort?: CrmSort | null,
) {
  const defs = await loadFieldDefs(tx, tenantId, entity)
  filterSql(entity, filter, defs)
  if (sort) sortSql(entity, sort, defs)
}

const mine = (ctx: TenantCtx, actor: MemberActor) =>
  and(eq(crmViews.tenantId, ctx.tenantId), eq(crmViews.userId, actor.userId))

export function listViews(ctx: TenantCtx, actor: MemberActor, entity?: CrmEntity): Promise<CrmView[]> {
  return crmTx(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(crmViews)
      .where(and(mine(ctx, actor), entity ? eq(crmViews.entity, entity) : undefined))
      .orderBy(asc(crmViews.entity), asc(crmViews.name), asc(crmViews.id))
    return rows.map(toView)
  })
}

export function createView(ctx: TenantCtx, actor: MemberActor, input: CrmViewInput): Promise<CrmView> {
  return crmTx(ctx, async (tx) => {
    await assertUsable(tx, ctx.tenantId, input.entity, input.filter, input.sort)
    const [held] = await tx
      .select({ n: count() })
      .from(crmViews)
      .where(and(mine(ctx, actor), eq(crmViews.entity, input.entity)))
    if ((held?.n ?? 0) >= MAX_VIEWS_PER_LIST)
      throw new ApiError(
        'CONFLICT',
        `You can keep up to ${MAX_VIEWS_PER_LIST} views per list; delete one first`,
      )
    const now = ctx.now()
    const [row] = await tx
      .insert(crmViews)
      .values({
        id: newId('crmView'),
        tenantId: ctx.tenantId,
        userId: actor.userId,
        entity: input.entity,
        name: input.name,
        filter: input.filter,
        sort: input.sort ?? null,
        columns: input.columns ?? [],
        createdAt: now,
        updatedAt: now,
      })
      .returning()
    if (!row) throw new Error('insert returned no view')
    return toView(row)
  })
}

async function requireView(tx: PgTx, ctx: TenantCtx, actor: MemberActor, id: string): Promise<ViewRow> {
  const [row] = await tx
    .select()
    .from(crmViews)
    .where(and(mine(ctx, actor), eq(crmViews.id, id)))
  if (!row) throw new ApiError('NOT_FOUND', `View ${id} not found`)
  return row
}

export function updateView(
  ctx: TenantCtx,
  actor: MemberActor,
  id: string,
  patch: CrmViewPatch,
): Promise<CrmView> {
  return crmTx(ctx, async (tx) => {
    const current = await requireView(tx, ctx, actor, id)
    const filter = patch.filter ?? current.filter
    const sort = patch.sort === undefined ? current.sort : patch.sort
    await assertUsable(tx, ctx.tenantId, current.entity, filter, sort)
    const [row] = await tx
      .update(crmViews)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(and(mine(ctx, actor), eq(crmViews.id, id)))
      .returning()
    if (!row) throw new ApiError('NOT_FOUND', `View ${id} not found`)
    return toView(row)
  })
}

export function deleteView(ctx: TenantCtx, actor: MemberActor, id: string): Promise<void> {
  return crmTx(ctx, async (tx) => {
    const removed = await tx
      .delete(crmViews)
      .where(and(mine(ctx, actor), eq(crmViews.id, id)))
      .returning({ id: crmViews.id })
    if (removed.length === 0) throw new ApiError('NOT_FOUND', `View ${id} not found`)
  })
}
