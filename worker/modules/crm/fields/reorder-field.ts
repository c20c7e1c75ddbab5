import { and, asc, eq, isNull, ne } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import type { FieldDef } from './field-defs.ts'
import { crmFields } from './fields.tables.ts'

/**
 * Moves a field to `position` (0-based, clamped) among its entity's live fields and numbers them
 * 0…n-1 again, so move up/down is a single PATCH and positions never collide or drift apart.
 */
export async function reorderField(tx: PgTx, field: FieldDef, position: number): Promise<FieldDef> {
  const others = await tx
    .select({ id: crmFields.id, position: crmFields.position })
    .from(crmFields)
    .where(
      and(
        eq(crmFields.tenantId, field.tenantId),
        eq(crmFields.entity, field.entity),
        isNull(crmFields.archivedAt),
        ne(crmFields.id, field.id),
      ),
    )
    .orderBy(asc(crmFields.position), asc(crmFields.createdAt), asc(crmFields.id))
  const at = Math.max(0, Math.min(position, others.length))
  const order = [...others.slice(0, at), { id: field.id, position: -1 }, ...others.slice(at)]
  let moved = field
  for (const [index, item] of order.entries()) {
    if (item.position === index) continue
    const [row] = await tx
      .update(crmFields)
      .set({ position: index })
      .where(and(eq(crmFields.tenantId, field.tenantId), eq(crmFields.id, item.id)))
      .returning()
    if (row && row.id === field.id) moved = row
  }
  return moved
}
