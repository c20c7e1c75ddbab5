// The tenant's side of reading import rows (D1): who can own records, where phone numbers
// are read, and which branches there are.
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { membershipBranches, memberships, users } from '../../auth/auth.tables.ts'
import { type Actor, canSeeBranch } from '../../auth/index.ts'
import { branches } from '../../brands/brands.tables.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { checkMapping, type ImportEntity } from './import-fields.ts'
import type { RowContext } from './import-rows.ts'
import type { ImportMapping } from './imports.tables.ts'

/** The tenant's members by lower-cased e-mail address. */
export async function membersByEmail(ctx: Ctx, tenantId: string): Promise<Map<string, string>> {
  const rows = await ctx.d1
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.userId]))
}

/**
 * The country national phone numbers are read in: the import's branch's, else that of the
 * tenant's oldest branch with an address. Null when no branch has one (numbers then need +…).
 */
export async function importCountry(
  ctx: Ctx,
  tenantId: string,
  branchId: string | null,
): Promise<string | null> {
  const rows = await ctx.d1
    .select({ id: branches.id, address: branches.address })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), isNull(branches.archivedAt)))
    .orderBy(asc(branches.createdAt), asc(branches.id))
  const own = branchId ? rows.find((b) => b.id === branchId) : undefined
  return own?.address?.country ?? rows.find((b) => b.address?.country)?.address?.country ?? null
}

/**
 * The branch imported records go to. A member limited to some branches must name one of
 * theirs (records without a branch are the whole organisation's); anyone must name a live
 * branch of this tenant. 400 naming `branchId` otherwise.
 */
export async function checkImportBranch(
  ctx: Ctx,
  tenantId: string,
  actor: Actor,
  branchId: string | null | undefined,
): Promise<string | null> {
  const refuse = (message: string) =>
    new ApiError('BAD_REQUEST', message, { errors: [{ path: 'branchId', message }] })
  if (!branchId) {
    if (actor.branchIds !== null) throw refuse('Choose one of your branches for the imported records')
    return null
  }
  const [branch] = await ctx.d1
    .select({ id: branches.id })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId), isNull(branches.archivedAt)))
  if (!branch || !canSeeBranch(actor, branchId))
    throw refuse(`There is no branch ${branchId} you can import into`)
  return branch.id
}

/**
 * The branch scope of the member who started an import, read again when each chunk runs, so
 * the job sees (and merges into) only what they may: null is every branch. Undefined when
 * they are no longer a member, and the import stops.
 */
export async function importerScope(
  ctx: Ctx,
  tenantId: string,
  userId: string,
): Promise<string[] | null | undefined> {
  const rows = await ctx.d1
    .select({ membershipId: memberships.id, branchId: membershipBranches.branchId })
    .from(memberships)
    .leftJoin(membershipBranches, eq(membershipBranches.membershipId, memberships.id))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
  if (rows.length === 0) return undefined
  const scoped = rows.flatMap((r) => (r.branchId ? [r.branchId] : []))
  return scoped.length > 0 ? scoped : null
}

/** Everything reading rows needs for this import: the mapping, definitions, members, country. */
export async function loadRowContext(
  ctx: Ctx,
  tx: PgTx,
  tenantId: string,
  imp: { entity: ImportEntity; headers: string[] },
  mapping: ImportMapping,
  branchId: string | null,
): Promise<RowContext> {
  const [defs, members, country] = await Promise.all([
    loadFieldDefs(tx, tenantId, imp.entity),
    membersByEmail(ctx, tenantId),
    importCountry(ctx, tenantId, branchId),
  ])
  checkMapping(imp.entity, mapping, imp.headers, defs)
  return { entity: imp.entity, headers: imp.headers, mapping, defs, members, country }
}

/** The uploaded file's text, kept in R2 until the import is purged. */
export async function readImportFile(ctx: Ctx, r2Key: string): Promise<string> {
  const object = await ctx.env.MEDIA.get(r2Key)
  if (!object) throw new ApiError('GONE', 'The uploaded file is no longer stored; upload it again')
  return object.text()
}
