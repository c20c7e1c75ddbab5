// The `crm.automation` job: a deal entered a stage (deal_stage_changes row `changeId`), so the
// stage's enabled automations run, once. The change's timeline entry is the claim: it is locked
// while the automations run and marked `automationsRunAt` in the same transaction, so a
// redelivered or concurrent message finds it marked and does nothing. Anything that fails
// rolls the whole run back for a retry (e-mails already queued are de-duplicated by key).
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import { type PgTx, withTenant } from '../../../../lib/pg.ts'
import { tenants } from '../../../tenants/tenants.tables.ts'
import { activities } from '../../activities/activities.tables.ts'
import { contacts } from '../../contacts/contacts.tables.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'
import { deals, stageAutomations, stages } from '../deals.tables.ts'
import {
  type Automation,
  type AutomationRun,
  createTask,
  notify,
  sendTemplate,
} from './automation-actions.ts'

interface Claim {
  id: string
  meta: Record<string, unknown>
  createdAt: Date
}

/** The change's stage_change entry, locked; null when it is gone (deal deleted for good). */
async function claim(tx: PgTx, message: CrmMessageOf<'crm.automation'>): Promise<Claim | null> {
  const [row] = await tx
    .select({ id: activities.id, meta: activities.meta, createdAt: activities.createdAt })
    .from(activities)
    .where(
      and(
        eq(activities.tenantId, message.tenantId),
        eq(activities.dealId, message.dealId),
        eq(activities.type, 'stage_change'),
        sql`${activities.meta} ->> 'changeId' = ${message.changeId}`,
      ),
    )
    .for('update')
  return row ? { ...row, meta: row.meta ?? {} } : null
}

async function loadRun(
  tx: PgTx,
  message: CrmMessageOf<'crm.automation'>,
  tenantName: string,
  enteredAt: Date,
): Promise<AutomationRun | null> {
  const [row] = await tx
    .select({
      deal: {
        id: deals.id,
        name: deals.name,
        ownerUserId: deals.ownerUserId,
        branchId: deals.branchId,
        contactId: deals.contactId,
        companyId: deals.companyId,
      },
      stageId: deals.stageId,
      deletedAt: deals.deletedAt,
      stageName: stages.name,
      contactName: contacts.name,
      contactEmail: contacts.email,
      consentEmail: contacts.consentEmail,
    })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .leftJoin(contacts, and(eq(contacts.id, deals.contactId), eq(contacts.tenantId, deals.tenantId)))
    .where(and(eq(deals.tenantId, message.tenantId), eq(deals.id, message.dealId)))
  // A deal deleted, or already moved on, no longer stands in the stage: nothing to do for it.
  if (!row || row.deletedAt || row.stageId !== message.stageId) return null
  return {
    tenantId: message.tenantId,
    tenantName,
    changeId: message.changeId,
    enteredAt,
    deal: row.deal,
    stageName: row.stageName,
    contact:
      row.contactName === null
        ? null
        : { name: row.contactName, email: row.contactEmail, consentEmail: row.consentEmail ?? false },
  }
}

async function automationsOf(tx: PgTx, tenantId: string, stageId: string): Promise<Automation[]> {
  return tx
    .select({ id: stageAutomations.id, action: stageAutomations.action, config: stageAutomations.config })
    .from(stageAutomations)
    .where(
      and(
        eq(stageAutomations.tenantId, tenantId),
        eq(stageAutomations.stageId, stageId),
        eq(stageAutomations.enabled, true),
      ),
    )
    .orderBy(asc(stageAutomations.position), asc(stageAutomations.id))
}

function runOne(ctx: Ctx, tx: PgTx, run: AutomationRun, automation: Automation): Promise<string> {
  switch (automation.action) {
    case 'create_task':
      return createTask(tx, run, automation)
    case 'notify':
      return notify(ctx, run, automation)
    case 'send_template':
      return sendTemplate(ctx, tx, run, automation)
  }
}

export async function runStageAutomations(ctx: Ctx, message: CrmMessageOf<'crm.automation'>): Promise<void> {
  const { tenantId } = message
  const [tenant] = await ctx.d1.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId))
  if (!tenant) return
  await withTenant(ctx.pg(), tenantId, async (tx) => {
    const claimed = await claim(tx, message)
    if (!claimed || claimed.meta.automationsRunAt) return
    const run = await loadRun(tx, message, tenant.name, claimed.createdAt)
    const outcomes: { stageAutomationId: string; action: string; outcome: string }[] = []
    if (run) {
      for (const automation of await automationsOf(tx, tenantId, message.stageId)) {
        const outcome = await runOne(ctx, tx, run, automation)
        outcomes.push({ stageAutomationId: automation.id, action: automation.action, outcome })
      }
    }
    const meta = { ...claimed.meta, automationsRunAt: ctx.now().toISOString(), automations: outcomes }
    await tx
      .update(activities)
      .set({ meta })
      .where(and(eq(activities.tenantId, tenantId), eq(activities.id, claimed.id)))
    ctx.log.info('stage automations ran', { tenantId, dealId: message.dealId, count: outcomes.length })
  })
}
