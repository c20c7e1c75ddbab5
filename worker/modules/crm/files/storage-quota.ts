// The plan's CRM file storage is the organisation's: usage is summed over every branch, also
// for a member who sees only some of them (a total, never a row of theirs they cannot see).
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { withTenant } from '../../../lib/pg.ts'
import { getEntitlements } from '../../billing/index.ts'
import { storedBytes } from './attachments.repo.ts'
import type { CrmStorage } from './files.schemas.ts'

const MB = 1024 * 1024

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`

export async function storageLimitBytes(ctx: TenantCtx): Promise<number> {
  const { limits } = await getEntitlements(ctx.d1, ctx.tenantId)
  return Math.max(0, limits.crmStorageMb) * MB
}

/** Tenant-wide usage, in a transaction of its own (no branch scope: a sum names no record). */
export const tenantStoredBytes = (ctx: TenantCtx) =>
  withTenant(ctx.pg(), ctx.tenantId, (tx) => storedBytes(tx, ctx.tenantId))

export async function storageUsage(ctx: TenantCtx): Promise<CrmStorage> {
  const [usedBytes, limitBytes] = await Promise.all([tenantStoredBytes(ctx), storageLimitBytes(ctx)])
  return { usedBytes, limitBytes }
}

/** LIMIT_EXCEEDED, with the numbers, when `adding` more bytes would pass the plan's storage. */
export function assertRoom(usage: CrmStorage, adding: number): void {
  if (usage.usedBytes + adding <= usage.limitBytes) return
  const message = `Your plan's CRM file storage is full: ${megabytes(usage.usedBytes)} of ${megabytes(usage.limitBytes)} used, and this file needs ${megabytes(adding)}. Delete files you no longer need or upgrade your plan.`
  throw new ApiError('LIMIT_EXCEEDED', message, { errors: [{ path: 'file', message }] })
}
