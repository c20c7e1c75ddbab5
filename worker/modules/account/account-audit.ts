import type { Ctx } from '../../context.ts'
import { type AuditEntry, auditInsert } from '../audit/index.ts'
import { listMemberships } from '../auth/index.ts'

/**
 * Audit statements for an event about the person rather than one organisation (a password
 * reset, a verified address): one row in each organisation they belong to, so every one of
 * their admins can see it, or one platform-level row when they belong to none.
 */
export async function accountAuditInserts(ctx: Ctx, userId: string, entry: Omit<AuditEntry, 'tenantId'>) {
  const memberships = await listMemberships(ctx.d1, userId)
  const tenantIds = memberships.length > 0 ? memberships.map((m) => m.tenantId) : [null]
  return tenantIds.map((tenantId) => auditInsert(ctx, { ...entry, tenantId }))
}
