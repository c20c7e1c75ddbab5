import type { FieldDef } from './field-defs.ts'
import type { CrmField } from './fields.schemas.ts'

/** The one row → API mapping for a field definition. */
export const toCrmField = (row: FieldDef): CrmField => ({
  id: row.id,
  entity: row.entity,
  key: row.key,
  label: row.label,
  type: row.type,
  options: row.options,
  required: row.required,
  position: row.position,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
})
