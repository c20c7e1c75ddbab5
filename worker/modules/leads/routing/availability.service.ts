// Each member's own availability switch and shifts, and the roster that assigners read.
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { auditInsert } from '../../audit/index.ts'
import type { MemberActor } from '../../auth/index.ts'
import type { Availability, UpdateAvailabilityBody } from './routing.schemas.ts'
import { agentAvailability } from './routing.tables.ts'
import { onShift } from './schedule.ts'
import { listTeamPool, type PoolMember } from './team-pool.ts'

type AvailabilityRow = typeof agentAvailability.$inferSelect

function toAvailability(userId: string, row: AvailabilityRow | undefined, at: Date): Availability {
  const shifts = row?.shifts ?? null
  return {
    userId,
    status: row?.status ?? 'available',
    shifts,
    onShift: onShift(shifts, at),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  }
}

async function findRow(ctx: TenantCtx, userId: string) {
  const [row] = await ctx.d1
    .select()
    .from(agentAvailability)
    .where(and(eq(agentAvailability.tenantId, ctx.tenantId), eq(agentAvailability.userId, userId)))
    .limit(1)
  return row
}

export async function getMyAvailability(ctx: TenantCtx, actor: MemberActor): Promise<Availability> {
  return toAvailability(actor.userId, await findRow(ctx, actor.userId), ctx.now())
}

export async function updateMyAvailability(
  ctx: TenantCtx,
  actor: MemberActor,
  body: UpdateAvailabilityBody,
): Promise<Availability> {
  const before = await findRow(ctx, actor.userId)
  const now = ctx.now()
  const shifts = body.shifts === undefined ? (before?.shifts ?? null) : body.shifts
  const changed = [
    ...(body.status !== (before?.status ?? 'available') ? ['status'] : []),
    ...(body.shifts !== undefined ? ['shifts'] : []),
  ]
  await ctx.d1.batch([
    ctx.d1
      .insert(agentAvailability)
      .values({ tenantId: ctx.tenantId, userId: actor.userId, status: body.status, shifts, updatedAt: now })
      .onConflictDoUpdate({
        target: [agentAvailability.tenantId, agentAvailability.userId],
        set: { status: body.status, shifts, updatedAt: now },
      }),
    auditInsert(ctx, {
      action: 'member.availability_changed',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'user', id: actor.userId },
      metadata: { status: body.status, fields: changed },
    }),
  ])
  return toAvailability(actor.userId, await findRow(ctx, actor.userId), now)
}

/**
 * The members who work leads, each with their switch and whether they are on shift now. A
 * member limited to some branches sees the colleagues who share one of them (and the
 * unscoped ones, who work every branch).
 */
export async function listMemberAvailability(ctx: TenantCtx) {
  const now = ctx.now()
  const scope = ctx.actor.branchIds
  const visible = (m: PoolMember) =>
    scope === null || m.branchIds === null || m.branchIds.some((id) => scope.includes(id))
  const pool = await listTeamPool(ctx.d1, ctx.tenantId)
  return pool
    .filter((m) => m.role !== 'viewer' && visible(m))
    .map((m) => ({
      userId: m.userId,
      name: m.name,
      role: m.role,
      branchIds: m.branchIds,
      status: m.status,
      shifts: m.shifts,
      onShift: onShift(m.shifts, now),
      updatedAt: m.updatedAt?.toISOString() ?? null,
    }))
}
