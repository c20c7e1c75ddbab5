// The three Postgres sources a record's timeline merges, each read newest first after the
// cursor with one row more than a page. Times compare at millisecond precision and ids in
// byte order ("C"), the same order the merge in JavaScript uses.
import { and, desc, eq, inArray, isNull, notInArray, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { PgTx } from '../../../../lib/pg.ts'
import { leads, leadTouches } from '../../../leads/leads.tables.ts'
import { dealStageChanges, deals, stages } from '../../deals/deals.tables.ts'
import { activities } from '../activities.tables.ts'
import { selectActivities } from '../activity-view.ts'

export interface RecordKey {
  entity: 'contact' | 'company' | 'deal'
  id: string
}

export interface Position {
  at: Date
  id: string
}

const ms = (column: AnyPgColumn) => sql`date_trunc('milliseconds', ${column})`

function before(at: AnyPgColumn, id: AnyPgColumn, cursor: Position | undefined): SQL | undefined {
  if (!cursor) return undefined
  return sql`(${ms(at)}, ${id} collate "C") < (${cursor.at.toISOString()}::timestamptz, ${cursor.id} collate "C")`
}

const newestFirst = (at: AnyPgColumn, id: AnyPgColumn) => [desc(ms(at)), sql`${id} collate "C" desc`]

/**
 * The record's activities of every kind but those another source tells better: stage changes
 * (the deal history, with both stage names) and, on a contact, the lead pipeline's arrival
 * entries (the submissions, with their fields, UTM and QR visit).
 */
export function activityRows(
  tx: PgTx,
  tenantId: string,
  key: RecordKey,
  cursor: Position | undefined,
  n: number,
) {
  const about =
    key.entity === 'contact'
      ? eq(activities.contactId, key.id)
      : key.entity === 'company'
        ? eq(activities.companyId, key.id)
        : eq(activities.dealId, key.id)
  return selectActivities(tx)
    .where(
      and(
        eq(activities.tenantId, tenantId),
        about,
        isNull(activities.deletedAt),
        notInArray(
          activities.type,
          key.entity === 'contact' ? ['stage_change', 'form_submission', 'touch'] : ['stage_change'],
        ),
        before(activities.createdAt, activities.id, cursor),
      ),
    )
    .orderBy(...newestFirst(activities.createdAt, activities.id))
    .limit(n)
}

/**
 * A contact's lead arrivals: through its leads (the (tenant, contact) index), then their
 * touches (the (tenant, lead, time) index). Only touches of branches the actor works.
 */
export function submissionRows(
  tx: PgTx,
  tenantId: string,
  contactId: string,
  branchIds: readonly string[] | null,
  cursor: Position | undefined,
  n: number,
) {
  return tx
    .select({
      id: leadTouches.id,
      at: leadTouches.createdAt,
      leadId: leadTouches.leadId,
      leadStatus: leads.status,
      source: leadTouches.source,
      formId: leadTouches.formId,
      message: leadTouches.message,
      fields: leadTouches.fields,
      utm: leadTouches.utm,
      consent: leadTouches.consent,
      visitId: leadTouches.visitId,
    })
    .from(leadTouches)
    .innerJoin(leads, and(eq(leads.id, leadTouches.leadId), eq(leads.tenantId, leadTouches.tenantId)))
    .where(
      and(
        eq(leadTouches.tenantId, tenantId),
        eq(leads.contactId, contactId),
        branchIds === null
          ? undefined
          : inArray(leadTouches.branchId, branchIds.length ? [...branchIds] : ['']),
        before(leadTouches.createdAt, leadTouches.id, cursor),
      ),
    )
    .orderBy(...newestFirst(leadTouches.createdAt, leadTouches.id))
    .limit(n)
}

/** Stage changes of the deal, or of the deals of the contact or company, with stage names. */
export function stageChangeRows(
  tx: PgTx,
  tenantId: string,
  key: RecordKey,
  cursor: Position | undefined,
  n: number,
) {
  const which =
    key.entity === 'deal'
      ? eq(deals.id, key.id)
      : key.entity === 'contact'
        ? eq(deals.contactId, key.id)
        : eq(deals.companyId, key.id)
  return (
    tx
      .select({
        id: dealStageChanges.id,
        at: dealStageChanges.at,
        dealId: deals.id,
        dealName: deals.name,
        // A scalar subquery, not a second join of stages: one primary-key probe.
        fromStage: sql<
          string | null
        >`(select s.name from ${stages} s where s.id = ${dealStageChanges.fromStageId})`,
        // A stage removed since is named as such rather than dropping the change.
        toStage: sql<string>`coalesce(${stages.name}, 'a removed stage')`,
        byUserId: dealStageChanges.byUserId,
      })
      .from(dealStageChanges)
      // Through the deal, so its branch policy and deletion apply to its history too.
      .innerJoin(
        deals,
        and(eq(deals.id, dealStageChanges.dealId), eq(deals.tenantId, dealStageChanges.tenantId)),
      )
      .leftJoin(stages, eq(stages.id, dealStageChanges.toStageId))
      .where(
        and(
          eq(dealStageChanges.tenantId, tenantId),
          which,
          isNull(deals.deletedAt),
          before(dealStageChanges.at, dealStageChanges.id, cursor),
        ),
      )
      .orderBy(...newestFirst(dealStageChanges.at, dealStageChanges.id))
      .limit(n)
  )
}
