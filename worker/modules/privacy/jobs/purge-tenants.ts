/**
 * The daily purge of organisations whose grace period has passed. Every step deletes by
 * tenant id and can run again, so a purge that stops halfway (a timeout, a Postgres outage)
 * simply finishes on a later run. The tenant row stays as a tombstone (status `deleted`, name
 * scrubbed, purgeAfter cleared): its id is never reused, the kept audit log still points at
 * something, and nothing that references tenants can block the purge.
 *
 * Tenant-owned data lives in the tables listed here; a new tenant-owned table must be added.
 */
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { withTenant } from '../../../lib/pg.ts'
import { purgeTenantAnalytics } from '../../analytics/index.ts'
import { apiKeys } from '../../api-keys/api-keys.tables.ts'
import { auditEvents } from '../../audit/audit.tables.ts'
import { auditInsert } from '../../audit/index.ts'
import { membershipBranches, memberships, sessions } from '../../auth/auth.tables.ts'
import { branches, brands, slugRedirects, staffMembers } from '../../brands/brands.tables.ts'
import {
  activities,
  activityTemplates,
  attachments,
  companies,
  contacts,
  crmFields,
  crmImports,
  crmUndo,
  crmViews,
  deals,
  pipelines,
  scoringRules,
  stages,
} from '../../crm/index.ts'
import { deadLetters } from '../../dead-letters/index.ts'
import { hostnames, releaseTenantHostnames } from '../../domains/index.ts'
import { leads } from '../../leads/leads.tables.ts'
import { mediaAssets } from '../../media/media.tables.ts'
import {
  qrBatches,
  qrCodes,
  qrConversions,
  qrScanDaily,
  qrScans,
  qrScanVisitors,
} from '../../qr/qr.tables.ts'
import { qrRouteKey } from '../../qr/redirect/qr-route.ts'
import { sites, siteVersions } from '../../sites/sites.tables.ts'
import { invitations } from '../../team/team.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { dataExports } from '../privacy.tables.ts'
import { takeTenantOffline } from '../tenant-offline.ts'

export const PURGE_TENANTS_PER_RUN = 5
const R2_LIST_PAGES_PER_TENANT = 10
// KV deletes of QR short links per tenant and run: with the other steps, within the 1,000 KV
// operations an invocation may make even when several tenants are due at once.
const QR_ROUTES_PER_TENANT_RUN = 150
export const PURGED_TENANT_NAME = 'Deleted organisation'

/** R2 prefixes that hold a tenant's objects: its exports, and anything stored under `tenants/{id}/`. */
export const tenantObjectPrefixes = (tenantId: string) => [
  `exports/${tenantId}/`,
  `tenants/${tenantId}/`,
  // CRM attachments and the CSV files of imports.
  `crm/${tenantId}/`,
  `crm-imports/${tenantId}/`,
]

/** Purges up to PURGE_TENANTS_PER_RUN due tenants; returns the ids finished in this run. */
export async function purgeDeletedTenants(ctx: Ctx): Promise<string[]> {
  const due = await ctx.d1
    .select({ id: tenants.id })
    .from(tenants)
    .where(
      and(eq(tenants.status, 'deleted'), isNotNull(tenants.purgeAfter), lte(tenants.purgeAfter, ctx.now())),
    )
    .orderBy(asc(tenants.purgeAfter))
    .limit(PURGE_TENANTS_PER_RUN)
  const finished: string[] = []
  for (const { id } of due) {
    try {
      if (await purgeTenant(ctx, id)) finished.push(id)
      else ctx.log.info('tenant purge continues next run', { tenantId: id })
    } catch (error) {
      // One tenant failing must not hold up the others; it is due again tomorrow.
      ctx.log.error('tenant purge failed; will retry next run', { tenantId: id, error })
    }
  }
  return finished
}

/** True when everything is gone; false when R2 still holds objects for a later run. */
async function purgeTenant(ctx: Ctx, tenantId: string): Promise<boolean> {
  await takeTenantOffline(ctx, tenantId)
  // Registrations left at Cloudflare would let a later owner of the hostname inherit them.
  await releaseTenantHostnames(ctx, tenantId)
  if (!(await deleteObjects(ctx, tenantId))) return false
  if (!(await deleteQrRoutes(ctx, tenantId))) return false
  // Raw events, rollups, touch paths, funnels, reports and settings, in bounded chunks.
  if (!(await purgeTenantAnalytics(ctx, tenantId))) return false
  await withTenant(ctx.pg(), tenantId, async (tx) => {
    // Children before parents: activities point at contacts, companies and deals; leads and
    // deals at contacts; deals at stages; stages at pipelines. Touches, stage changes,
    // automations and company links go with their parents (ON DELETE CASCADE).
    for (const table of [
      attachments,
      crmUndo,
      crmImports,
      crmViews,
      crmFields,
      scoringRules,
      activityTemplates,
    ]) {
      await tx.delete(table).where(eq(table.tenantId, tenantId))
    }
    await tx.delete(activities).where(eq(activities.tenantId, tenantId))
    await tx.delete(leads).where(eq(leads.tenantId, tenantId))
    await tx.delete(deals).where(eq(deals.tenantId, tenantId))
    await tx.delete(contacts).where(eq(contacts.tenantId, tenantId))
    await tx.delete(companies).where(eq(companies.tenantId, tenantId))
    await tx.delete(stages).where(eq(stages.tenantId, tenantId))
    await tx.delete(pipelines).where(eq(pipelines.tenantId, tenantId))
  })
  const db = ctx.d1
  const tenantMemberships = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.tenantId, tenantId))
  await db.batch([
    db.delete(membershipBranches).where(inArray(membershipBranches.membershipId, tenantMemberships)),
    db.delete(memberships).where(eq(memberships.tenantId, tenantId)),
    db.delete(invitations).where(eq(invitations.tenantId, tenantId)),
    db.delete(apiKeys).where(eq(apiKeys.tenantId, tenantId)),
    db.delete(sessions).where(eq(sessions.tenantId, tenantId)),
    db.delete(dataExports).where(eq(dataExports.tenantId, tenantId)),
    db.delete(hostnames).where(eq(hostnames.tenantId, tenantId)),
    db.delete(siteVersions).where(eq(siteVersions.tenantId, tenantId)),
    db.delete(sites).where(eq(sites.tenantId, tenantId)),
    db.delete(staffMembers).where(eq(staffMembers.tenantId, tenantId)),
    db.delete(slugRedirects).where(eq(slugRedirects.tenantId, tenantId)),
    db.delete(mediaAssets).where(eq(mediaAssets.tenantId, tenantId)),
    // QR codes point at brands and branches; their scans, rollups and batches go with them.
    db.delete(qrConversions).where(eq(qrConversions.tenantId, tenantId)),
    db.delete(qrScanVisitors).where(eq(qrScanVisitors.tenantId, tenantId)),
    db.delete(qrScanDaily).where(eq(qrScanDaily.tenantId, tenantId)),
    db.delete(qrScans).where(eq(qrScans.tenantId, tenantId)),
    db.delete(qrBatches).where(eq(qrBatches.tenantId, tenantId)),
    db.delete(qrCodes).where(eq(qrCodes.tenantId, tenantId)),
    db.delete(branches).where(eq(branches.tenantId, tenantId)),
    db.delete(brands).where(eq(brands.tenantId, tenantId)),
    // Parked queue messages carry leads' contact details.
    db.delete(deadLetters).where(eq(deadLetters.tenantId, tenantId)),
    // The audit log is kept (who did what, when), without where from.
    db
      .update(auditEvents)
      .set({ ip: null, userAgent: null, location: null })
      .where(eq(auditEvents.tenantId, tenantId)),
    db
      .update(tenants)
      .set({ name: PURGED_TENANT_NAME, suspendedReason: null, purgeAfter: null })
      .where(and(eq(tenants.id, tenantId), eq(tenants.status, 'deleted'))),
    auditInsert(ctx, {
      action: 'tenant.purged',
      tenantId,
      actor: { kind: 'system' },
      target: { type: 'tenant', id: tenantId },
    }),
  ])
  ctx.log.info('tenant purged', { tenantId })
  return true
}

/**
 * Forgets the short links (`qr:{code}` in KV) a bounded number at a time, as KV allows only so
 * many operations per invocation; true when none are left. Each code's row goes once its link
 * is gone, so the next run carries on where this one stopped. A printed code of a purged
 * organisation then answers the unknown-code page, and the record's brand name and logo go too.
 */
async function deleteQrRoutes(ctx: Ctx, tenantId: string): Promise<boolean> {
  const codes = await ctx.d1
    .select({ id: qrCodes.id, code: qrCodes.code })
    .from(qrCodes)
    .where(eq(qrCodes.tenantId, tenantId))
    .limit(QR_ROUTES_PER_TENANT_RUN + 1)
  const now = codes.slice(0, QR_ROUTES_PER_TENANT_RUN)
  for (let i = 0; i < now.length; i += 50) {
    const chunk = now.slice(i, i + 50)
    await Promise.all(chunk.map(({ code }) => ctx.env.SITE_CACHE.delete(qrRouteKey(code))))
    const ids = chunk.map(({ id }) => id)
    await ctx.d1.delete(qrCodes).where(and(eq(qrCodes.tenantId, tenantId), inArray(qrCodes.id, ids)))
  }
  return codes.length === now.length
}

/** Deletes a bounded number of the tenant's R2 objects; true when none are left. */
async function deleteObjects(ctx: Ctx, tenantId: string): Promise<boolean> {
  for (const prefix of tenantObjectPrefixes(tenantId)) {
    for (let page = 0; ; page++) {
      const listing = await ctx.env.MEDIA.list({ prefix, limit: 1000 })
      if (listing.objects.length > 0) await ctx.env.MEDIA.delete(listing.objects.map((o) => o.key))
      if (!listing.truncated) break
      if (page + 1 >= R2_LIST_PAGES_PER_TENANT) return false
    }
  }
  return true
}
