// The parent/child tree of companies. Walks go up from a company with a recursive CTE; the
// depth cap keeps a walk finite even over rows written before a cycle check existed.
import { sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies } from '../contacts/contacts.tables.ts'
import type { CompanyRef } from './companies.schemas.ts'

export const MAX_DEPTH = 50

/**
 * The live companies above `id`, nearest first: its parent, the parent's parent… Each step is
 * a primary-key probe. Stops at a company the actor cannot see or (unless `withDeleted`, which
 * the loop check uses since undo can bring one back) that is deleted.
 */
export async function ancestorsOf(
  tx: PgTx,
  tenantId: string,
  id: string,
  { withDeleted = false } = {},
): Promise<CompanyRef[]> {
  const live = withDeleted ? sql`true` : sql`p.deleted_at is null`
  const result = await tx.execute<{ id: string; name: string; depth: number }>(sql`
    with recursive up(id, name, parent_id, depth, path) as (
      select p.id, p.name, p.parent_id, 1, array[c.id, p.id]
        from ${companies} c join ${companies} p on p.id = c.parent_id and p.tenant_id = c.tenant_id
        where c.tenant_id = ${tenantId} and c.id = ${id} and ${live}
      union all
      select p.id, p.name, p.parent_id, up.depth + 1, up.path || p.id
        from up join ${companies} p on p.id = up.parent_id
        where p.tenant_id = ${tenantId} and ${live}
          and not p.id = any(up.path) and up.depth < ${MAX_DEPTH}
    )
    select id, name, depth from up order by depth`)
  return result.rows.map((r) => ({ id: r.id, name: r.name }))
}

/**
 * A 400 unless `parentId` is a live company of the tenant the actor can see, and a 409 when
 * making it the parent of `companyId` would close a loop (the parent is the company itself or
 * one of its subsidiaries, at any depth).
 */
export async function assertParentAllowed(
  tx: PgTx,
  tenantId: string,
  companyId: string | null,
  parentId: string,
): Promise<void> {
  const [parent] = (
    await tx.execute<{ id: string }>(
      sql`select id from ${companies} where tenant_id = ${tenantId} and id = ${parentId} and deleted_at is null`,
    )
  ).rows
  if (!parent)
    throw new ApiError('BAD_REQUEST', `There is no company ${parentId} to be the parent`, {
      errors: [{ path: 'parentId', message: 'Not a company of this organisation' }],
    })
  if (companyId === null) return
  const loops =
    parentId === companyId ||
    (await ancestorsOf(tx, tenantId, parentId, { withDeleted: true })).some(
      (ancestor) => ancestor.id === companyId,
    )
  if (loops)
    throw new ApiError('CONFLICT', 'A company cannot be placed under itself or one of its own subsidiaries', {
      errors: [{ path: 'parentId', message: 'That would make the hierarchy a loop' }],
    })
}
