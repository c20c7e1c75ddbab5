// A branch's lead handling: its first-response target and the channels that announce its leads.
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { auditInsert } from '../../audit/index.ts'
import { inBranchScope } from '../../auth/index.ts'
import { branches } from '../../brands/index.ts'
import { branchLeadSettings } from '../routing/routing.tables.ts'
import type { BranchLeadSettings, UpdateBranchLeadSettingsBody } from './sla.schemas.ts'
import { leadSettingsFor } from './sla-timing.ts'

/** A branch of the tenant within the actor's scope; any other looks missing. */
async function assertBranchInScope(ctx: TenantCtx, branchId: string): Promise<void> {
  const [row] = await ctx.d1
    .select({ id: branches.id })
    .from(branches)
    .where(
      and(
        eq(branches.tenantId, ctx.tenantId),
        eq(branches.id, branchId),
        inBranchScope(branches.id, ctx.actor.branchIds),
      ),
    )
    .limit(1)
  if (!row) throw new ApiError('NOT_FOUND', `Branch ${branchId} not found`)
}

export async function getBranchLeadSettings(ctx: TenantCtx, branchId: string): Promise<BranchLeadSettings> {
  await assertBranchInScope(ctx, branchId)
  const settings = await leadSettingsFor(ctx.d1, ctx.tenantId, branchId)
  return {
    branchId,
    firstResponseMinutes: settings.firstResponseMinutes,
    workingHoursOnly: settings.workingHoursOnly,
    notifyEmail: settings.notifyEmail,
    notifyWhatsapp: settings.notifyWhatsapp,
    updatedAt: settings.updatedAt?.toISOString() ?? null,
  }
}

/** Applies to leads arriving from now on; leads already waiting keep the due time they got. */
export async function updateBranchLeadSettings(
  ctx: TenantCtx,
  branchId: string,
  body: UpdateBranchLeadSettingsBody,
): Promise<BranchLeadSettings> {
  await assertBranchInScope(ctx, branchId)
  const values = { ...body, updatedAt: ctx.now() }
  await ctx.d1.batch([
    ctx.d1
      .insert(branchLeadSettings)
      .values({ branchId, tenantId: ctx.tenantId, ...values })
      .onConflictDoUpdate({ target: branchLeadSettings.branchId, set: values }),
    auditInsert(ctx, {
      action: 'branch.lead_settings_updated',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'branch', id: branchId },
      metadata: body,
    }),
  ])
  return getBranchLeadSettings(ctx, branchId)
}
