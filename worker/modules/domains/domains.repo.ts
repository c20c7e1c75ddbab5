import { and, asc, count, eq, inArray, isNull, ne } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { hostnames } from './domains.tables.ts'

export type HostnameRow = typeof hostnames.$inferSelect
export type NewHostnameRow = typeof hostnames.$inferInsert

export const listHostnames = (db: D1Db, tenantId: string) =>
  db
    .select()
    .from(hostnames)
    .where(eq(hostnames.tenantId, tenantId))
    .orderBy(asc(hostnames.createdAt), asc(hostnames.redirectTo), asc(hostnames.id))

/** A hostname with the twin registered beside it (linked by `redirectTo`), within one tenant. */
export async function findWithTwin(
  db: D1Db,
  tenantId: string,
  id: string,
): Promise<{ row: HostnameRow; twin: HostnameRow | null } | null> {
  const [row] = await db
    .select()
    .from(hostnames)
    .where(and(eq(hostnames.tenantId, tenantId), eq(hostnames.id, id)))
    .limit(1)
  if (!row) return null
  const [twin] = await db
    .select()
    .from(hostnames)
    .where(
      and(
        eq(hostnames.tenantId, tenantId),
        row.redirectTo ? eq(hostnames.hostname, row.redirectTo) : eq(hostnames.redirectTo, row.hostname),
      ),
    )
    .limit(1)
  return { row, twin: twin ?? null }
}

/** Which of these hostnames are taken, and by which tenant. */
export const findTaken = (db: D1Db, names: string[]) =>
  db
    .select({ hostname: hostnames.hostname, tenantId: hostnames.tenantId })
    .from(hostnames)
    .where(inArray(hostnames.hostname, names))

/** Hostnames that count against the plan: the canonical ones, not their redirecting twins. */
export async function countCanonical(db: D1Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(hostnames)
    .where(and(eq(hostnames.tenantId, tenantId), isNull(hostnames.redirectTo)))
  return row?.n ?? 0
}

export const referencedCloudflareIds = async (db: D1Db, ids: string[]) =>
  new Set(
    (
      await db
        .select({ id: hostnames.cloudflareId })
        .from(hostnames)
        .where(inArray(hostnames.cloudflareId, ids))
    ).map((r) => r.id),
  )

/** The brand (and branch, when given) a hostname would serve, if they are the tenant's. */
export async function findTarget(db: D1Db, tenantId: string, brandId: string, branchId: string | null) {
  const [brand] = await db
    .select({ id: brands.id, slug: brands.slug })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .limit(1)
  if (!brand || !branchId) return { brand, branchFound: !branchId }
  const [branch] = await db
    .select({ id: branches.id })
    .from(branches)
    .where(
      and(
        eq(branches.tenantId, tenantId),
        eq(branches.brandId, brandId),
        eq(branches.id, branchId),
        isNull(branches.archivedAt),
      ),
    )
    .limit(1)
  return { brand, branchFound: Boolean(branch) }
}

export async function brandSlugOf(db: D1Db, tenantId: string, brandId: string): Promise<string | null> {
  const [brand] = await db
    .select({ slug: brands.slug })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .limit(1)
  return brand?.slug ?? null
}

/** The oldest-checked pending hostnames: each cron run takes the next few. */
export const duePending = (db: D1Db, limit: number) =>
  db
    .select()
    .from(hostnames)
    .where(eq(hostnames.status, 'pending'))
    .orderBy(asc(hostnames.checkedAt), asc(hostnames.id))
    .limit(limit)

export const updateHostname = (db: D1Db, row: HostnameRow, values: Partial<NewHostnameRow>) =>
  db
    .update(hostnames)
    .set(values)
    .where(and(eq(hostnames.tenantId, row.tenantId), eq(hostnames.id, row.id)))

/**
 * Marks a hostname active unless it already is, and says whether this call did it: when the
 * cron and "Check now" race, only one of them announces the activation.
 */
export async function activate(
  db: D1Db,
  row: HostnameRow,
  values: Partial<NewHostnameRow>,
): Promise<boolean> {
  const updated = await db
    .update(hostnames)
    .set({ ...values, status: 'active' })
    .where(
      and(eq(hostnames.tenantId, row.tenantId), eq(hostnames.id, row.id), ne(hostnames.status, 'active')),
    )
    .returning({ id: hostnames.id })
  return updated.length > 0
}

export const deleteHostnames = (db: D1Db, tenantId: string, ids: string[]) =>
  db.delete(hostnames).where(and(eq(hostnames.tenantId, tenantId), inArray(hostnames.id, ids)))
