// D1 reads and writes of lead forms. Dashboard reads are limited to the actor's branches
// through the form's site; public reads (page render, submissions) match tenant and site.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../../auth/index.ts'
import { branches, brands } from '../../brands/brands.tables.ts'
import { sites } from '../../sites/sites.tables.ts'
import { leadForms } from './forms.tables.ts'

export type FormRow = typeof leadForms.$inferSelect
export type NewFormRow = typeof leadForms.$inferInsert

/** What purging a form's pages needs to know of its site. */
const siteColumns = {
  siteBranchId: sites.branchId,
  brandId: brands.id,
  brandSlug: brands.slug,
  branchSlug: branches.slug,
}

const inScope = (tenantId: string, scope: BranchScope) =>
  and(eq(leadForms.tenantId, tenantId), inBranchScope(sites.branchId, scope))

/** The site's forms, oldest first; archived ones only when asked. */
export function listForms(
  db: D1Db,
  tenantId: string,
  siteId: string,
  options: { archived: boolean },
): Promise<FormRow[]> {
  return db
    .select()
    .from(leadForms)
    .where(
      and(
        eq(leadForms.tenantId, tenantId),
        eq(leadForms.siteId, siteId),
        options.archived ? undefined : isNull(leadForms.archivedAt),
      ),
    )
    .orderBy(asc(leadForms.createdAt), asc(leadForms.id))
}

/** A form the actor's branch scope reaches, with its site's slugs; any other looks missing. */
export async function findForm(db: D1Db, tenantId: string, scope: BranchScope, formId: string) {
  const [row] = await db
    .select({ form: leadForms, site: siteColumns })
    .from(leadForms)
    .innerJoin(sites, and(eq(sites.id, leadForms.siteId), eq(sites.tenantId, leadForms.tenantId)))
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .where(and(inScope(tenantId, scope), eq(leadForms.id, formId)))
    .limit(1)
  return row
}
export type ScopedForm = NonNullable<Awaited<ReturnType<typeof findForm>>>

export async function countLiveForms(db: D1Db, tenantId: string, siteId: string): Promise<number> {
  const rows = await db
    .select({ id: leadForms.id })
    .from(leadForms)
    .where(and(eq(leadForms.tenantId, tenantId), eq(leadForms.siteId, siteId), isNull(leadForms.archivedAt)))
  return rows.length
}

export const insertForm = (db: D1Db, row: NewFormRow) => db.insert(leadForms).values(row)

export const updateFormRow = (db: D1Db, tenantId: string, formId: string, values: Partial<NewFormRow>) =>
  db
    .update(leadForms)
    .set(values)
    .where(and(eq(leadForms.tenantId, tenantId), eq(leadForms.id, formId)))

// D1 binds at most 100 parameters per statement; a page names far fewer forms.
const MAX_PAGE_FORMS = 20

/** The live forms of a site among `ids`, for rendering its page. */
export function findPageForms(
  db: D1Db,
  tenantId: string,
  siteId: string,
  ids: readonly string[],
): Promise<FormRow[]> {
  const unique = [...new Set(ids)].slice(0, MAX_PAGE_FORMS)
  if (unique.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(leadForms)
    .where(
      and(
        eq(leadForms.tenantId, tenantId),
        eq(leadForms.siteId, siteId),
        inArray(leadForms.id, unique),
        isNull(leadForms.archivedAt),
      ),
    )
}

/** A live form of the site a post reached, with its branch's time zone and country. */
export async function findSubmissionForm(db: D1Db, tenantId: string, siteId: string, formId: string) {
  const [row] = await db
    .select({ form: leadForms, timezone: branches.timezone, address: branches.address })
    .from(leadForms)
    .innerJoin(sites, and(eq(sites.id, leadForms.siteId), eq(sites.tenantId, leadForms.tenantId)))
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .where(
      and(
        eq(leadForms.tenantId, tenantId),
        eq(leadForms.siteId, siteId),
        eq(leadForms.id, formId),
        isNull(leadForms.archivedAt),
      ),
    )
    .limit(1)
  return row
}
