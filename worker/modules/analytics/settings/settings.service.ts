// How long a tenant's raw analytics events are kept (the rollups are kept for good).
import { eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { auditInsert } from '../../audit/index.ts'
import type { AnalyticsSettings } from '../analytics.schemas.ts'
import { analyticsSettings, DEFAULT_RETENTION_DAYS } from '../analytics.tables.ts'

export async function getAnalyticsSettings(ctx: TenantCtx): Promise<AnalyticsSettings> {
  const [row] = await ctx.d1
    .select({ retentionDays: analyticsSettings.retentionDays })
    .from(analyticsSettings)
    .where(eq(analyticsSettings.tenantId, ctx.tenantId))
    .limit(1)
  return { retentionDays: row?.retentionDays ?? DEFAULT_RETENTION_DAYS }
}

/**
 * Retention is the whole organisation's: a member limited to some branches would otherwise
 * decide how long every other branch's history is kept. A shorter retention takes effect at
 * the next nightly purge.
 */
export async function updateAnalyticsSettings(
  ctx: TenantCtx,
  body: AnalyticsSettings,
): Promise<AnalyticsSettings> {
  if (ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'Retention applies to the whole organisation; members limited to some branches cannot change it',
    )
  const before = await getAnalyticsSettings(ctx)
  const values = { retentionDays: body.retentionDays, updatedAt: ctx.now() }
  await ctx.d1.batch([
    ctx.d1
      .insert(analyticsSettings)
      .values({ tenantId: ctx.tenantId, ...values })
      .onConflictDoUpdate({ target: analyticsSettings.tenantId, set: values }),
    auditInsert(ctx, {
      action: 'analytics.settings_changed',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'tenant', id: ctx.tenantId },
      metadata: { retentionDays: body.retentionDays, previousRetentionDays: before.retentionDays },
    }),
  ])
  return { retentionDays: body.retentionDays }
}
