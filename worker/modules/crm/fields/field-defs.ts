import { and, asc, eq, isNull } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { type CrmEntity, crmFields } from './fields.tables.ts'

/** One custom field definition as stored; archived ones never reach validation or filters. */
export type FieldDef = typeof crmFields.$inferSelect

/** The entity's live (not archived) custom fields, in the order screens show them. */
export function loadFieldDefs(tx: PgTx, tenantId: string, entity: CrmEntity): Promise<FieldDef[]> {
  return tx
    .select()
    .from(crmFields)
    .where(and(eq(crmFields.tenantId, tenantId), eq(crmFields.entity, entity), isNull(crmFields.archivedAt)))
    .orderBy(asc(crmFields.position), asc(crmFields.createdAt), asc(crmFields.id))
}
