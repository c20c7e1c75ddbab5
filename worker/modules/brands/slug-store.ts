/**
 * Which slugs are in use in a scope, and the old slugs kept for 301s. Brand slugs are global
 * (the first path segment on our host), so their queries deliberately span every tenant; they
 * read slugs only, never another tenant's data.
 */
import { and, eq, like, ne, type SQL } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { newId } from '../../lib/ids.ts'
import { branches, brands, slugRedirects, staffMembers } from './brands.tables.ts'
import type { SlugKind } from './slugs.ts'

/** What a slug is unique within: '' for brands, the brand for branches, the branch for staff. */
export interface SlugScope {
  kind: SlugKind
  scopeId: string
}

type Columns =
  | { id: typeof brands.id; slug: typeof brands.slug }
  | { id: typeof branches.id; slug: typeof branches.slug }
  | { id: typeof staffMembers.id; slug: typeof staffMembers.slug }

/** Rows of the scope's own table whose slug matches, as {id, slug}. */
function currentRows(
  db: D1Db,
  { kind, scopeId }: SlugScope,
  match: (table: Columns) => SQL,
  exceptId?: string,
) {
  switch (kind) {
    case 'brand':
      return db
        .select({ id: brands.id, slug: brands.slug })
        .from(brands)
        .where(and(match(brands), exceptId ? ne(brands.id, exceptId) : undefined))
    case 'branch':
      return db
        .select({ id: branches.id, slug: branches.slug })
        .from(branches)
        .where(
          and(
            eq(branches.brandId, scopeId),
            match(branches),
            exceptId ? ne(branches.id, exceptId) : undefined,
          ),
        )
    case 'staff':
      return db
        .select({ id: staffMembers.id, slug: staffMembers.slug })
        .from(staffMembers)
        .where(
          and(
            eq(staffMembers.branchId, scopeId),
            match(staffMembers),
            exceptId ? ne(staffMembers.id, exceptId) : undefined,
          ),
        )
  }
}

/** Whether something other than `exceptId` has this slug now in the scope. */
export async function isSlugTaken(db: D1Db, scope: SlugScope, slug: string, exceptId?: string) {
  const rows = await currentRows(db, scope, (t) => eq(t.slug, slug), exceptId).limit(1)
  return rows.length > 0
}

/**
 * Slugs in use or kept as redirects that `base` or `base-n` could collide with. A generated
 * slug avoids old ones too, so printed links keep reaching what they used to.
 */
export async function slugsLike(db: D1Db, scope: SlugScope, base: string, exceptId?: string) {
  // Slugs hold only [a-z0-9-], so `base` carries no LIKE wildcards.
  const prefix = `${base.slice(0, 50)}%`
  const [current, old] = await Promise.all([
    currentRows(db, scope, (t) => like(t.slug, prefix), exceptId),
    db
      .select({ slug: slugRedirects.fromSlug })
      .from(slugRedirects)
      .where(and(inScope(scope), like(slugRedirects.fromSlug, prefix))),
  ])
  return new Set([...current, ...old].map((r) => r.slug))
}

const inScope = ({ kind, scopeId }: SlugScope) =>
  and(eq(slugRedirects.kind, kind), eq(slugRedirects.scopeId, scopeId))

/** A slug taken for real frees its old-redirect row: the page that has it now wins. */
export const dropRedirectFrom = (db: D1Db, scope: SlugScope, slug: string) =>
  db.delete(slugRedirects).where(and(inScope(scope), eq(slugRedirects.fromSlug, slug)))

/** The statements of a slug change, for the same batch as the update: keep old -> target, free new. */
export function renameStatements(
  db: D1Db,
  tenantId: string,
  scope: SlugScope,
  change: { from: string; to: string; targetId: string },
) {
  return [
    dropRedirectFrom(db, scope, change.to),
    db
      .insert(slugRedirects)
      .values({
        id: newId('slugRedirect'),
        tenantId,
        ...scope,
        fromSlug: change.from,
        targetId: change.targetId,
      })
      .onConflictDoUpdate({
        target: [slugRedirects.kind, slugRedirects.scopeId, slugRedirects.fromSlug],
        set: { tenantId, targetId: change.targetId },
      }),
  ] as const
}

/** Forgets the old slugs of something removed, so they can be reused and redirect nowhere. */
export const dropRedirectsTo = (db: D1Db, tenantId: string, kind: SlugKind, targetId: string) =>
  db
    .delete(slugRedirects)
    .where(
      and(
        eq(slugRedirects.tenantId, tenantId),
        eq(slugRedirects.kind, kind),
        eq(slugRedirects.targetId, targetId),
      ),
    )

/** What a slug names in a scope now: its current owner, else the one it used to name (`old`). */
export async function resolveSlug(
  db: D1Db,
  scope: SlugScope,
  slug: string,
): Promise<{ id: string; slug: string; old: boolean } | null> {
  const [current] = await currentRows(db, scope, (t) => eq(t.slug, slug)).limit(1)
  if (current) return { ...current, old: false }
  const [redirect] = await db
    .select({ id: slugRedirects.targetId })
    .from(slugRedirects)
    .where(and(inScope(scope), eq(slugRedirects.fromSlug, slug)))
    .limit(1)
  if (!redirect) return null
  const [target] = await currentRows(db, scope, (t) => eq(t.id, redirect.id)).limit(1)
  return target ? { ...target, old: true } : null
}
