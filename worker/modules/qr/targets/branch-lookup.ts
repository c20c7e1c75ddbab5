// What resolving a target needs to know about a branch, read once per save (one D1 batch per
// branch) and remembered for the other targets of the same code.
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { branches, brands, staffMembers } from '../../brands/index.ts'
import { hostnames } from '../../domains/index.ts'
import { draftOf } from '../../sites/index.ts'
import { sites, siteVersions } from '../../sites/sites.tables.ts'

export interface SectionRef {
  id: string
  type: string
  enabled: boolean
}

export interface BranchTarget {
  id: string
  slug: string
  brandId: string
  brandSlug: string
  timezone: string
  whatsapp: string | null
  archived: boolean
  /** Active hostnames serving the brand (branchId set: that branch only), oldest first. */
  hosts: { hostname: string; branchId: string | null }[]
  /**
   * Sections of the live version, and of the draft as the builder shows it (a section may be added
   * before publishing; a never-edited site's draft is the live content or the template's starter).
   */
  published: SectionRef[]
  draft: SectionRef[]
  staff: { id: string; slug: string; published: boolean }[]
}

const sectionsOf = (content: { sections?: SectionRef[] } | null | undefined): SectionRef[] =>
  (content?.sections ?? []).map((s) => ({ id: s.id, type: s.type, enabled: s.enabled !== false }))

async function loadBranch(db: D1Db, tenantId: string, branchId: string): Promise<BranchTarget | null> {
  const [rows, hosts, staff] = await db.batch([
    db
      .select({
        id: branches.id,
        slug: branches.slug,
        brandId: branches.brandId,
        // Batched rows are keyed by column name: brands.slug would overwrite branches.slug.
        brandSlug: sql<string>`${brands.slug}`.as('brand_slug'),
        brandName: sql<string>`${brands.name}`.as('brand_name'),
        branchName: branches.name,
        timezone: branches.timezone,
        whatsapp: branches.whatsapp,
        archivedAt: branches.archivedAt,
        siteId: sql<string | null>`${sites.id}`.as('site_id'),
        draft: sites.draft,
        published: siteVersions.content,
      })
      .from(branches)
      .innerJoin(brands, eq(brands.id, branches.brandId))
      .leftJoin(sites, eq(sites.branchId, branches.id))
      .leftJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
      .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId)))
      .limit(1),
    db
      .select({ hostname: hostnames.hostname, branchId: hostnames.branchId })
      .from(hostnames)
      .innerJoin(branches, eq(branches.brandId, hostnames.brandId))
      .where(
        and(
          eq(hostnames.tenantId, tenantId),
          eq(branches.id, branchId),
          eq(hostnames.status, 'active'),
          isNull(hostnames.redirectTo),
        ),
      )
      .orderBy(asc(hostnames.createdAt), asc(hostnames.id)),
    db
      .select({ id: staffMembers.id, slug: staffMembers.slug, published: staffMembers.published })
      .from(staffMembers)
      .where(and(eq(staffMembers.tenantId, tenantId), eq(staffMembers.branchId, branchId))),
  ])
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    slug: row.slug,
    brandId: row.brandId,
    brandSlug: row.brandSlug,
    timezone: row.timezone,
    whatsapp: row.whatsapp,
    archived: row.archivedAt !== null,
    hosts,
    published: sectionsOf(row.published),
    draft:
      row.siteId === null
        ? []
        : sectionsOf(
            draftOf({
              draft: row.draft,
              publishedContent: row.published,
              brandName: row.brandName,
              branchName: row.branchName,
            }),
          ),
    staff,
  }
}

/** A per-save memo of tenant-filtered branch reads. */
export function branchLookup(db: D1Db, tenantId: string) {
  const memo = new Map<string, Promise<BranchTarget | null>>()
  return (branchId: string) => {
    let found = memo.get(branchId)
    if (!found) {
      found = loadBranch(db, tenantId, branchId)
      memo.set(branchId, found)
    }
    return found
  }
}
export type BranchLookup = ReturnType<typeof branchLookup>
