import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import type { MergeBody } from './merge.schemas.ts'
import { assertBranchKept } from './merge-activity.ts'
import {
  checkChoices,
  customKeysOf,
  type FieldChoices,
  type Mergeable,
  type MergeField,
} from './merge-fields.ts'
import type { MergeMove } from './move-records.ts'

type Kind = 'contact' | 'company'

interface Branched {
  branchId: string | null
}

/**
 * What a merge decides before it writes anything: the checked choices, the values the primary
 * keeps and where each came from, and the move of what hangs off the merged records.
 */
export async function planMerge<R extends Mergeable & Branched, V extends Branched>(
  ctx: TenantCtx,
  tx: PgTx,
  kind: Kind,
  body: MergeBody,
  records: R[],
  fields: MergeField<R>[],
  merged: (records: R[], choices: FieldChoices) => { values: V; sources: Record<string, string> },
) {
  const defs = await loadFieldDefs(tx, ctx.tenantId, kind)
  checkChoices(
    fields,
    [...defs.map((d) => d.key), ...customKeysOf(records)],
    [body.primaryId, ...body.mergeIds],
    body.fields,
  )
  const { values, sources } = merged(records, body.fields)
  assertBranchKept(ctx.actor, values.branchId, kind)
  const move: MergeMove = {
    tenantId: ctx.tenantId,
    primaryId: body.primaryId,
    mergedIds: body.mergeIds,
    branchId: values.branchId,
    previousBranchId: records[0]!.branchId,
  }
  return { values, sources, move }
}

const AUDIT_ACTIONS = { contact: 'crm.contacts_merged', company: 'crm.companies_merged' } as const

/** The audit entry of a merge that committed, on the record that stayed. */
export const auditMerge = (ctx: TenantCtx, kind: Kind, body: MergeBody) =>
  recordAudit(ctx, {
    action: AUDIT_ACTIONS[kind],
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: kind, id: body.primaryId },
    metadata: { mergedIds: body.mergeIds },
  })
