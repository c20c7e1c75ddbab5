import { and, count, eq, isNull, sql } from 'drizzle-orm'
import type { Ctx, TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { withTenant } from '../../../lib/pg.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { isRunActive, markQueued, readRecomputeStatus } from './recompute-status.ts'
import type { ContactScore, RecomputeStatus } from './rules.schemas.ts'
import { loadScoringPlan } from './score-contacts.ts'
import { scoreContact } from './score-engine.ts'
import { gatherFacts, scoredContactColumns } from './score-facts.ts'

/**
 * A contact's score and its reasons. As stored by default; with `explain` computed now from
 * the current rules and facts (nothing is written), to show why before the next recompute.
 */
export async function getContactScore(
  ctx: TenantCtx,
  contactId: string,
  explain: boolean,
): Promise<ContactScore> {
  return crmTx(ctx, async (tx) => {
    const [contact] = await tx
      .select(scoredContactColumns)
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, contactId), isNull(contacts.deletedAt)))
      .limit(1)
    if (!contact) throw new ApiError('NOT_FOUND', `Contact ${contactId} not found`)
    const stored = { contactId, scoredAt: contact.scoredAt?.toISOString() ?? null }
    if (!explain) return { ...stored, score: contact.score, reasons: contact.scoreReasons, explained: false }
    const now = ctx.now()
    const plan = await loadScoringPlan(tx, ctx.tenantId, ctx.log)
    const facts = await gatherFacts(tx, ctx.tenantId, [contact], plan.rules, plan.fits, now)
    const fresh = scoreContact(plan.rules, facts.get(contactId) ?? emptyFacts(contact.createdAt), now)
    return { ...stored, ...fresh, explained: true }
  })
}

const emptyFacts = (createdAt: Date) => ({
  source: null,
  lastActivityAt: createdAt,
  engagement: new Map<string, number>(),
  fits: new Set<string>(),
})

/**
 * Queues a recompute of every contact (the job pages through them). A run already under way
 * is not started twice: its progress is returned instead.
 */
export async function startRecompute(ctx: TenantCtx): Promise<RecomputeStatus> {
  const now = ctx.now()
  if (await isRunActive(ctx, ctx.tenantId, now)) return readRecomputeStatus(ctx, ctx.tenantId)
  // The whole organisation's contacts are rescored, so the total is counted without branch scope.
  const total = await withTenant(ctx.pg(), ctx.tenantId, async (tx) => {
    const [row] = await tx
      .select({ n: count() })
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenantId), isNull(contacts.deletedAt)))
    return row?.n ?? 0
  })
  await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId: ctx.tenantId }])
  await markQueued(ctx, ctx.tenantId, total, now)
  return readRecomputeStatus(ctx, ctx.tenantId)
}

export const recomputeStatus = (ctx: TenantCtx) => readRecomputeStatus(ctx, ctx.tenantId)

/** Daily: every tenant with enabled rules is rescored in full, so recency decays overnight. */
export async function queueDailyRescore(ctx: Ctx): Promise<number> {
  const result = await ctx.pg().execute(sql`select tenant_id from crm_scoring_tenants()`)
  const tenantIds = (result.rows as { tenant_id: unknown }[]).map((row) => String(row.tenant_id))
  await sendCrmMessages(
    ctx,
    tenantIds.map((tenantId) => ({ type: 'crm.score' as const, tenantId })),
  )
  return tenantIds.length
}
