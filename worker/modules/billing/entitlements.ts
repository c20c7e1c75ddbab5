import { eq } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { ApiError } from '../../lib/errors.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { type PlanLimits, plans } from './billing.tables.ts'

export type Entitlement = keyof PlanLimits

const LABELS: Record<Entitlement, string> = {
  branches: 'branches',
  dynamicQrCodes: 'dynamic QR codes',
  customDomains: 'custom domains',
  seats: 'seats',
  qrRendersPerMinute: 'QR code renders per minute',
  crmStorageMb: 'MB of CRM file storage',
}

/** The one place a tenant's limits are read; billing changes the plan, never the callers. */
export async function getEntitlements(
  db: D1Db,
  tenantId: string,
): Promise<{ planId: string; limits: PlanLimits }> {
  const [row] = await db
    .select({ planId: plans.id, limits: plans.limits })
    .from(tenants)
    .innerJoin(plans, eq(plans.id, tenants.planId))
    .where(eq(tenants.id, tenantId))
    .limit(1)
  if (!row) throw new ApiError('NOT_FOUND', `Organisation ${tenantId} not found`)
  return row
}

/**
 * Throws LIMIT_EXCEEDED when adding `adding` more would pass the plan's limit.
 * @example await assertWithinLimit(db, tenantId, 'branches', await countBranches(db, tenantId))
 */
export async function assertWithinLimit(
  db: D1Db,
  tenantId: string,
  entitlement: Entitlement,
  current: number,
  adding = 1,
): Promise<void> {
  const { planId, limits } = await getEntitlements(db, tenantId)
  if (current + adding > limits[entitlement]) {
    throw new ApiError(
      'LIMIT_EXCEEDED',
      `Your plan (${planId.replace('plan_', '')}) allows ${limits[entitlement]} ${LABELS[entitlement]}; upgrade to add more`,
    )
  }
}
