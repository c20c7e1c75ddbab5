// Funnel definitions are the organisation's: every member who reads analytics sees them; what a
// report counts is narrowed to the member's branches when it runs, not here.
import { and, asc, count, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { auditInsert } from '../../audit/index.ts'
import type { Funnel, FunnelInput } from '../analytics.schemas.ts'
import { analyticsFunnels, type FunnelStep } from '../analytics.tables.ts'
import { type FunnelPatch, MAX_FUNNELS } from './funnels.schemas.ts'

type FunnelRow = typeof analyticsFunnels.$inferSelect

// Only action steps carry an action, so a stored step never holds a stray `action: undefined`.
const stepsOf = (steps: FunnelInput['steps']): FunnelStep[] =>
  steps.map((s) =>
    s.kind === 'action'
      ? { kind: s.kind, action: s.action, label: s.label }
      : { kind: s.kind, label: s.label },
  )

export const toFunnel = (row: FunnelRow): Funnel => ({
  id: row.id,
  name: row.name,
  steps: row.steps,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

const ours = (ctx: TenantCtx, funnelId: string) =>
  and(eq(analyticsFunnels.tenantId, ctx.tenantId), eq(analyticsFunnels.id, funnelId))

const notFound = (funnelId: string) => new ApiError('NOT_FOUND', `Funnel ${funnelId} not found`)

export async function listFunnels(ctx: TenantCtx): Promise<Funnel[]> {
  const rows = await ctx.d1
    .select()
    .from(analyticsFunnels)
    .where(eq(analyticsFunnels.tenantId, ctx.tenantId))
    .orderBy(asc(analyticsFunnels.createdAt), asc(analyticsFunnels.id))
  return rows.map(toFunnel)
}

export async function getFunnel(ctx: TenantCtx, funnelId: string): Promise<Funnel> {
  const [row] = await ctx.d1.select().from(analyticsFunnels).where(ours(ctx, funnelId)).limit(1)
  if (!row) throw notFound(funnelId)
  return toFunnel(row)
}

export async function createFunnel(ctx: TenantCtx, input: FunnelInput): Promise<Funnel> {
  const [held] = await ctx.d1
    .select({ n: count() })
    .from(analyticsFunnels)
    .where(eq(analyticsFunnels.tenantId, ctx.tenantId))
  if ((held?.n ?? 0) >= MAX_FUNNELS)
    throw new ApiError('CONFLICT', `An organisation keeps up to ${MAX_FUNNELS} funnels; delete one first`)
  const id = newId('funnel')
  const now = ctx.now()
  await ctx.d1.batch([
    ctx.d1.insert(analyticsFunnels).values({
      id,
      tenantId: ctx.tenantId,
      name: input.name,
      steps: stepsOf(input.steps),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
      updatedAt: now,
    }),
    auditInsert(ctx, {
      action: 'analytics.funnel_created',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'funnel', id },
      metadata: { name: input.name, steps: input.steps.length },
    }),
  ])
  return getFunnel(ctx, id)
}

export async function updateFunnel(ctx: TenantCtx, funnelId: string, patch: FunnelPatch): Promise<Funnel> {
  await getFunnel(ctx, funnelId)
  await ctx.d1.batch([
    ctx.d1
      .update(analyticsFunnels)
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.steps !== undefined && { steps: stepsOf(patch.steps) }),
        updatedAt: ctx.now(),
      })
      .where(ours(ctx, funnelId)),
    auditInsert(ctx, {
      action: 'analytics.funnel_updated',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'funnel', id: funnelId },
      metadata: { fields: Object.keys(patch) },
    }),
  ])
  return getFunnel(ctx, funnelId)
}

export async function deleteFunnel(ctx: TenantCtx, funnelId: string): Promise<void> {
  const funnel = await getFunnel(ctx, funnelId)
  await ctx.d1.batch([
    ctx.d1.delete(analyticsFunnels).where(ours(ctx, funnelId)),
    auditInsert(ctx, {
      action: 'analytics.funnel_deleted',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'funnel', id: funnelId },
      metadata: { name: funnel.name },
    }),
  ])
}
