// What a change that can be undone leaves behind: for each record, the columns it changed as
// they were before (`before[id][column]`, column names as in the Drizzle table, JSON values;
// a soft delete stores `{ deletedAt: null }`). POST /crm/undo/{crmUndoId} writes them back.
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import type { Actor } from '../../auth/index.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { type BulkAction, crmUndo } from './bulk.tables.ts'

/** How long a bulk change (or a single delete) can be undone; the daily purge runs after it. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000

export type BeforeImages = Record<string, Record<string, unknown>>

/** Who an undo entry belongs to: the member, or the API key that made the change. */
export const actorIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : actor.apiKeyId)

/**
 * Records, in the caller's transaction, how to undo a change to `before`'s records. Returns
 * the entry's id and when it stops being undoable.
 * @example const undo = await writeUndo(tx, { tenantId, actor, entity: 'contact', action: 'delete', before: { [id]: { deletedAt: null } }, now })
 */
export async function writeUndo(
  tx: PgTx,
  entry: {
    tenantId: string
    actor: Actor
    entity: CrmEntity
    action: BulkAction
    before: BeforeImages
    now: Date
  },
): Promise<{ crmUndoId: string; expiresAt: Date }> {
  const crmUndoId = newId('crmUndo', entry.now.getTime())
  const expiresAt = new Date(entry.now.getTime() + UNDO_WINDOW_MS)
  const recordIds = Object.keys(entry.before)
  await tx.insert(crmUndo).values({
    id: crmUndoId,
    tenantId: entry.tenantId,
    userId: actorIdOf(entry.actor),
    entity: entry.entity,
    action: entry.action,
    recordIds,
    count: recordIds.length,
    before: entry.before,
    expiresAt,
    createdAt: entry.now,
  })
  return { crmUndoId, expiresAt }
}
