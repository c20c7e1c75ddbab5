// Custom field definitions: the settings behind every record's custom_fields. The rules keep
// stored values meaningful: a key never changes, a type only while no record holds a value,
// and an option only goes once no live record uses it.
import { and, asc, count, eq, isNull, max } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { crmTx } from '../crm-tx.ts'
import type { FieldDef } from './field-defs.ts'
import { countFieldValues, countOptionUses, ENTITY_NOUN } from './field-usage.ts'
import { toCrmField } from './field-view.ts'
import {
  type CrmField,
  type CrmFieldInput,
  type CrmFieldPatch,
  MAX_FIELDS_PER_ENTITY,
} from './fields.schemas.ts'
import { type CrmEntity, crmFields, type FieldType } from './fields.tables.ts'
import { isUniqueViolation } from './pg-errors.ts'
import { reorderField } from './reorder-field.ts'

const HAS_OPTIONS: readonly FieldType[] = ['select', 'multi_select']

export async function listFields(
  ctx: TenantCtx,
  query: { entity?: CrmEntity; archived: 'true' | 'false' },
): Promise<CrmField[]> {
  const rows = await crmTx(ctx, (tx) =>
    tx
      .select()
      .from(crmFields)
      .where(
        and(
          eq(crmFields.tenantId, ctx.tenantId),
          query.entity ? eq(crmFields.entity, query.entity) : undefined,
          query.archived === 'true' ? undefined : isNull(crmFields.archivedAt),
        ),
      )
      .orderBy(asc(crmFields.entity), asc(crmFields.position), asc(crmFields.createdAt)),
  )
  return rows.map(toCrmField)
}

function assertOptionsFit(type: FieldType, options: readonly string[]): void {
  if (HAS_OPTIONS.includes(type) && options.length === 0)
    throw new ApiError('BAD_REQUEST', 'A select field needs at least one option', {
      errors: [{ path: 'options', message: 'Add at least one option' }],
    })
  if (!HAS_OPTIONS.includes(type) && options.length > 0)
    throw new ApiError('BAD_REQUEST', `A ${type} field has no options`, {
      errors: [{ path: 'options', message: 'Only select and multi-select fields have options' }],
    })
}

async function assertRoomFor(tx: PgTx, tenantId: string, entity: CrmEntity): Promise<void> {
  const [row] = await tx
    .select({ n: count() })
    .from(crmFields)
    .where(and(eq(crmFields.tenantId, tenantId), eq(crmFields.entity, entity), isNull(crmFields.archivedAt)))
  if ((row?.n ?? 0) >= MAX_FIELDS_PER_ENTITY)
    throw new ApiError(
      'CONFLICT',
      `A ${ENTITY_NOUN[entity][0]} can have at most ${MAX_FIELDS_PER_ENTITY} custom fields; archive one first`,
    )
}

const keyTaken = (key: string) =>
  new ApiError('CONFLICT', `The key “${key}” is already used by another field (archived ones keep theirs)`, {
    errors: [{ path: 'key', message: `“${key}” is already used` }],
  })

export async function createField(ctx: TenantCtx, body: CrmFieldInput): Promise<CrmField> {
  assertOptionsFit(body.type, body.options)
  const row = await crmTx(ctx, async (tx) => {
    await assertRoomFor(tx, ctx.tenantId, body.entity)
    const [taken] = await tx
      .select({ id: crmFields.id })
      .from(crmFields)
      .where(
        and(
          eq(crmFields.tenantId, ctx.tenantId),
          eq(crmFields.entity, body.entity),
          eq(crmFields.key, body.key),
        ),
      )
    if (taken) throw keyTaken(body.key)
    const [last] = await tx
      .select({ position: max(crmFields.position) })
      .from(crmFields)
      .where(and(eq(crmFields.tenantId, ctx.tenantId), eq(crmFields.entity, body.entity)))
    const [created] = await tx
      .insert(crmFields)
      .values({
        id: newId('crmField'),
        tenantId: ctx.tenantId,
        entity: body.entity,
        key: body.key,
        label: body.label,
        type: body.type,
        options: body.options,
        required: body.required,
        position: (last?.position ?? -1) + 1,
        createdAt: ctx.now(),
      })
      .returning()
    if (!created) throw new Error('insert returned no row')
    if (body.position !== undefined) return reorderField(tx, created, body.position)
    return created
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw keyTaken(body.key)
    throw error
  })
  await audit(ctx, 'crm.field_created', row)
  return toCrmField(row)
}

async function getFieldRow(tx: PgTx, tenantId: string, crmFieldId: string): Promise<FieldDef> {
  const [row] = await tx
    .select()
    .from(crmFields)
    .where(and(eq(crmFields.tenantId, tenantId), eq(crmFields.id, crmFieldId)))
  if (!row) throw new ApiError('NOT_FOUND', `Custom field ${crmFieldId} not found`)
  return row
}

export async function updateField(
  ctx: TenantCtx,
  crmFieldId: string,
  patch: CrmFieldPatch,
): Promise<CrmField> {
  const row = await crmTx(ctx, async (tx) => {
    const current = await getFieldRow(tx, ctx.tenantId, crmFieldId)
    if (patch.key !== undefined && patch.key !== current.key)
      throw new ApiError('BAD_REQUEST', 'A field’s key cannot change; add a new field instead', {
        errors: [{ path: 'key', message: 'The key cannot change' }],
      })
    if (current.archivedAt) throw new ApiError('CONFLICT', `The field “${current.label}” is archived`)
    const type = patch.type ?? current.type
    const options = patch.options ?? (HAS_OPTIONS.includes(type) ? current.options : [])
    assertOptionsFit(type, options)
    if (type !== current.type) await assertTypeCanChange(tx, ctx.tenantId, current)
    else await assertRemovedOptionsUnused(tx, ctx.tenantId, current, options)
    const [updated] = await tx
      .update(crmFields)
      .set({
        label: patch.label ?? current.label,
        type,
        options,
        required: patch.required ?? current.required,
      })
      .where(and(eq(crmFields.tenantId, ctx.tenantId), eq(crmFields.id, crmFieldId)))
      .returning()
    if (!updated) throw new Error('update returned no row')
    return patch.position === undefined ? updated : reorderField(tx, updated, patch.position)
  })
  await audit(ctx, 'crm.field_updated', row)
  return toCrmField(row)
}

async function assertTypeCanChange(tx: PgTx, tenantId: string, field: FieldDef): Promise<void> {
  const n = await countFieldValues(tx, tenantId, field.entity, field.key)
  if (n > 0)
    throw new ApiError(
      'CONFLICT',
      `The type of “${field.label}” cannot change: ${n} ${ENTITY_NOUN[field.entity][n === 1 ? 0 : 1]} hold a value for it`,
      { errors: [{ path: 'type', message: 'Records already hold values of this type' }] },
    )
}

async function assertRemovedOptionsUnused(
  tx: PgTx,
  tenantId: string,
  field: FieldDef,
  options: readonly string[],
): Promise<void> {
  const removed = field.options.filter((o) => !options.includes(o))
  if (removed.length === 0) return
  const n = await countOptionUses(tx, tenantId, field.entity, field.key, removed)
  if (n > 0) {
    const which = removed.map((o) => `“${o}”`).join(', ')
    const noun = ENTITY_NOUN[field.entity][n === 1 ? 0 : 1]
    throw new ApiError(
      'CONFLICT',
      `${n} ${noun} still use ${removed.length === 1 ? 'the option' : 'one of the options'} ${which}; change them first`,
      { errors: [{ path: 'options', message: `In use by ${n} ${noun}` }] },
    )
  }
}

/** Archiving keeps stored values (and the key) but hides the field from forms, filters and validation. */
export async function archiveField(ctx: TenantCtx, crmFieldId: string): Promise<void> {
  const row = await crmTx(ctx, async (tx) => {
    const current = await getFieldRow(tx, ctx.tenantId, crmFieldId)
    if (current.archivedAt) return null
    const [updated] = await tx
      .update(crmFields)
      .set({ archivedAt: ctx.now() })
      .where(and(eq(crmFields.tenantId, ctx.tenantId), eq(crmFields.id, crmFieldId)))
      .returning()
    return updated ?? null
  })
  if (row) await audit(ctx, 'crm.field_archived', row)
}

function audit(
  ctx: TenantCtx,
  action: 'crm.field_created' | 'crm.field_updated' | 'crm.field_archived',
  row: FieldDef,
) {
  return recordAudit(ctx, {
    action,
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'crm_field', id: row.id },
    metadata: { entity: row.entity, key: row.key, label: row.label, type: row.type },
  })
}
