// What a deal points at, checked before anything is written: the stage belongs to the pipeline,
// the contact and company are ones the actor may see, the branch is one they work with, and
// the owner is a member who sees that branch. Each refusal is a 4xx naming the field.
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { branches } from '../../brands/index.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { assertDealWorker } from './deal-members.ts'
import type { DealRow } from './deal-view.ts'
import { pipelines, stages } from './deals.tables.ts'
import type { StageRow } from './pipelines.repo.ts'
import { badRequest } from './stage-rules.ts'

/** A stage of `pipelineId`, or 400: the "a stage from another pipeline". */
export async function stageInPipeline(
  tx: PgTx,
  tenantId: string,
  pipelineId: string,
  stageId: string,
): Promise<StageRow> {
  const [stage] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.id, stageId)))
  if (!stage) throw badRequest('stageId', `Stage ${stageId} not found`)
  if (stage.pipelineId !== pipelineId) throw badRequest('stageId', 'stage is not in this pipeline')
  return stage
}

/** A live (not archived) pipeline of the tenant and the stage a new deal enters. */
export async function entryStage(
  tx: PgTx,
  tenantId: string,
  pipelineId: string,
  stageId: string | undefined,
): Promise<StageRow> {
  const [pipeline] = await tx
    .select({ archivedAt: pipelines.archivedAt })
    .from(pipelines)
    .where(and(eq(pipelines.tenantId, tenantId), eq(pipelines.id, pipelineId)))
  if (!pipeline) throw badRequest('pipelineId', `Pipeline ${pipelineId} not found`)
  if (pipeline.archivedAt) throw badRequest('pipelineId', 'That pipeline is archived')
  if (stageId) return stageInPipeline(tx, tenantId, pipelineId, stageId)
  const [first] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.pipelineId, pipelineId)))
    .orderBy(asc(stages.position))
    .limit(1)
  if (!first) throw badRequest('stageId', 'That pipeline has no stages')
  return first
}

/** The contact's branch, when the actor may see the contact; 400 naming `contactId` otherwise. */
export async function visibleContact(tx: PgTx, tenantId: string, contactId: string) {
  const [row] = await tx
    .select({ id: contacts.id, branchId: contacts.branchId })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId), isNull(contacts.deletedAt)))
  if (!row) throw badRequest('contactId', `Contact ${contactId} not found`)
  return row
}

export async function visibleCompany(tx: PgTx, tenantId: string, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, branchId: companies.branchId })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId), isNull(companies.deletedAt)))
  if (!row) throw badRequest('companyId', `Company ${companyId} not found`)
  return row
}

/**
 * A branch a deal may be filed under by this actor. Members limited to some branches must pick
 * one of theirs (organisation-wide deals are for those who see every branch).
 */
export async function assertBranch(ctx: TenantCtx, branchId: string | null): Promise<void> {
  const scope = ctx.actor.branchIds
  if (branchId === null) {
    if (scope !== null) throw badRequest('branchId', 'Choose one of your branches for the deal')
    return
  }
  if (scope !== null && !scope.includes(branchId)) {
    throw new ApiError('FORBIDDEN', 'You do not work with that branch', {
      errors: [{ path: 'branchId', message: 'Not one of your branches' }],
    })
  }
  const [row] = await ctx.d1
    .select({ id: branches.id })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.id, branchId)))
  if (!row) throw badRequest('branchId', `Branch ${branchId} not found`)
}

/** Scoped members read organisation-wide deals but may not change them (the database agrees). */
export function assertWritable(ctx: TenantCtx, row: DealRow): void {
  if (ctx.actor.branchIds !== null && row.branchId === null) {
    throw new ApiError(
      'FORBIDDEN',
      'This deal belongs to the whole organisation; only members who see every branch can change it',
    )
  }
}

export const assertOwner = (ctx: TenantCtx, ownerUserId: string, branchId: string | null) =>
  assertDealWorker(ctx, ctx.tenantId, ownerUserId, branchId, 'ownerUserId')

export const actorUserId = (ctx: TenantCtx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)
