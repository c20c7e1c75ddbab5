// Bulk edit, tag, untag and delete of contacts or companies: in one transaction the records'
// before-images are stored (crm_undo) and the change applied, so it can be undone for ten
// minutes. Deletes are soft; the daily purge makes them final.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { assertCan } from '../../auth/index.ts'
import { crmTx } from '../crm-tx.ts'
import { type FieldDef, loadFieldDefs } from '../fields/field-defs.ts'
import { validateCustomFields } from '../fields/validate-fields.ts'
import { filterSql } from '../filters/filter-sql.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { type BulkBody, type BulkPatch, type BulkResult, MAX_BULK_RECORDS } from './bulk.schemas.ts'
import { checkPatchTargets } from './bulk-patch.ts'
import { ENTITY_TABLE } from './undo-columns.ts'
import { type BeforeImages, writeUndo } from './undo-log.ts'

type Entity = BulkBody['entity']
type Target = { id: string } & Record<string, unknown>

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`

/** The columns an action changes, whose values before it are kept for the undo. */
function changedColumns(body: BulkBody, patch: BulkPatch | undefined): string[] {
  if (body.action === 'delete') return ['deletedAt']
  if (body.action === 'tag' || body.action === 'untag') return ['tags']
  return Object.entries(patch ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
}

/** The live records the change applies to (the actor's branches only), locked, with their before-values. */
async function targets(tx: PgTx, ctx: TenantCtx, body: BulkBody, defs: FieldDef[], columns: string[]) {
  const table = ENTITY_TABLE[body.entity]
  const byName = table as unknown as Record<string, PgColumn>
  const selection: Record<string, PgColumn> = { id: table.id }
  for (const column of columns) if (column !== 'deletedAt') selection[column] = byName[column]!
  const where = body.ids ? inArray(table.id, body.ids) : filterSql(body.entity, body.filter ?? {}, defs)
  const rows = (await tx
    .select(selection)
    .from(table)
    .where(and(eq(table.tenantId, ctx.tenantId), isNull(table.deletedAt), where))
    .orderBy(table.id)
    .limit(MAX_BULK_RECORDS + 1)
    .for('update')) as unknown as Target[]
  if (rows.length > MAX_BULK_RECORDS)
    throw new ApiError(
      'BAD_REQUEST',
      `The filter matches more than ${MAX_BULK_RECORDS.toLocaleString('en')} records; narrow it and change them in parts`,
      { errors: [{ path: 'filter', message: 'Matches too many records' }] },
    )
  if (rows.length === 0)
    throw new ApiError('NOT_FOUND', `No ${body.entity === 'contact' ? 'contacts' : 'companies'} match`)
  return rows
}

function changeSet(
  entity: Entity,
  body: BulkBody,
  patch: BulkPatch | undefined,
  custom: Record<string, unknown>,
  now: Date,
) {
  const table = ENTITY_TABLE[entity]
  switch (body.action) {
    case 'delete':
      return { deletedAt: now }
    case 'tag':
      return {
        tags: sql`${table.tags} || array(select t from unnest(${textArray(body.tags ?? [])}) as t where t <> all(${table.tags}))`,
      }
    case 'untag':
      return {
        tags: sql`array(select t from unnest(${table.tags}) as t where t <> all(${textArray(body.tags ?? [])}))`,
      }
    case 'update': {
      const set: Record<string, unknown> = {}
      if (patch?.ownerUserId !== undefined) set.ownerUserId = patch.ownerUserId
      if (patch?.branchId !== undefined) set.branchId = patch.branchId
      if (patch?.lifecycleStage !== undefined) set.lifecycleStage = patch.lifecycleStage
      if (patch?.customFields !== undefined) {
        const kept = Object.fromEntries(Object.entries(custom).filter(([, v]) => v !== null))
        const cleared = Object.keys(custom).filter((k) => custom[k] === null)
        set.customFields = sql`(${table.customFields} || ${JSON.stringify(kept)}::jsonb) - ${textArray(cleared)}`
      }
      return set
    }
  }
}

/**
 * Applies `body` and answers the undo id. Deleting needs `crm.delete`; ids the actor cannot
 * see are left out (none at all is a 404); more than 5,000 matches is a 400.
 */
export async function applyBulk(ctx: TenantCtx, body: BulkBody): Promise<BulkResult> {
  if (body.action === 'delete') assertCan(ctx.actor, 'crm.delete')
  const patch = body.action === 'update' ? body.patch : undefined
  if (patch) await checkPatchTargets(ctx, patch)
  const now = ctx.now()
  const columns = changedColumns(body, patch)
  const { undo, ids } = await crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, body.entity)
    const custom = patch?.customFields
      ? validateCustomFields(defs, patch.customFields, { partial: true, path: 'patch.customFields' })
      : {}
    const rows = await targets(tx, ctx, body, defs, columns)
    const before: BeforeImages = Object.fromEntries(
      rows.map(({ id, ...values }) => [id, body.action === 'delete' ? { deletedAt: null } : values]),
    )
    const undo = await writeUndo(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      entity: body.entity,
      action: body.action,
      before,
      now,
    })
    const table = ENTITY_TABLE[body.entity]
    const ids = rows.map((r) => r.id)
    await tx
      .update(table)
      .set({ ...changeSet(body.entity, body, patch, custom, now), updatedAt: now })
      .where(and(eq(table.tenantId, ctx.tenantId), inArray(table.id, ids)))
    return { undo, ids }
  })
  await recordAudit(ctx, {
    action: 'crm.bulk_changed',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'crm_undo', id: undo.crmUndoId },
    metadata: { entity: body.entity, action: body.action, count: ids.length, fields: columns },
  })
  if (body.entity === 'contact' && body.action !== 'delete') await rescore(ctx, ids)
  return {
    crmUndoId: undo.crmUndoId,
    entity: body.entity,
    action: body.action,
    count: ids.length,
    expiresAt: undo.expiresAt.toISOString(),
  }
}

/** Tags, stage and custom fields feed lead scores: the changed contacts are scored again. */
export async function rescore(ctx: TenantCtx, ids: string[]) {
  const messages = []
  for (let i = 0; i < ids.length; i += 500)
    messages.push({ type: 'crm.score' as const, tenantId: ctx.tenantId, contactIds: ids.slice(i, i + 500) })
  await sendCrmMessages(ctx, messages)
}
