// What follows a committed deal change: boards hear about it over the tenant hub, and a stage
// entered with automations gets its `crm.automation` job.
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { publishTenantEvent } from '../../notifications/index.ts'
import type { CrmMessageOf } from '../jobs/crm-message.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { stageAutomations } from './deals.tables.ts'
import type { MovedDeal } from './stage-deals.ts'

export type DealChange = 'created' | 'moved' | 'updated' | 'deleted'
export type AutomationMessage = CrmMessageOf<'crm.automation'>

/**
 * Tells the tenant's dashboards (those whose branch scope covers the deal). The change is
 * committed, so a failed publish is logged, never answered as an error.
 */
export async function announceDeal(ctx: TenantCtx, change: DealChange, deal: MovedDeal): Promise<void> {
  const byUserId = ctx.actor.kind === 'user' ? ctx.actor.userId : null
  await publishTenantEvent(ctx.env, ctx.tenantId, {
    type: 'crm.deal',
    change,
    deal: {
      id: deal.id,
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      branchId: deal.branchId,
      position: deal.position,
      status: deal.status,
      version: deal.version,
    },
    byUserId,
  }).catch((error: unknown) =>
    ctx.log.error('crm.deal publish failed', { dealId: deal.id, change, error: String(error) }),
  )
}

/** The automation job for a stage entered, when that stage has enabled automations. */
export async function automationFor(
  tx: PgTx,
  tenantId: string,
  entered: { dealId: string; stageId: string; changeId: string },
): Promise<AutomationMessage | null> {
  const [any] = await tx
    .select({ id: stageAutomations.id })
    .from(stageAutomations)
    .where(
      and(
        eq(stageAutomations.tenantId, tenantId),
        eq(stageAutomations.stageId, entered.stageId),
        eq(stageAutomations.enabled, true),
      ),
    )
    .limit(1)
  return any ? { type: 'crm.automation', tenantId, ...entered } : null
}

/** Announces, then queues the automation (a failed send is a 503: the move stands, retry the job). */
export async function afterDealCommit(
  ctx: TenantCtx,
  change: DealChange,
  deal: MovedDeal,
  automation: AutomationMessage | null,
): Promise<void> {
  await announceDeal(ctx, change, deal)
  if (automation) await sendCrmMessages(ctx, [automation])
}
