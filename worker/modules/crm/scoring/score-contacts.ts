// The `crm.score` job: recomputes the scores of some contacts (after a lead, an edit) or of all
// of them, a page of 500 at a time, each page queueing the next. Only rows whose score or
// reasons changed are written, so a nightly run over an unchanged CRM writes next to nothing.
import { and, asc, count, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import type { Logger } from '../../../lib/log.ts'
import { type PgTx, withTenant } from '../../../lib/pg.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import type { CrmMessageOf } from '../jobs/crm-message.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { fitConditionSql, loadFitDefs } from './fit-sql.ts'
import { recordPage } from './recompute-status.ts'
import { listRuleRows } from './rules.repo.ts'
import { type RuleForScoring, type Score, sameScore, scoreContact } from './score-engine.ts'
import { gatherFacts, type ScoredContact, scoredContactColumns } from './score-facts.ts'

export const SCORE_PAGE_SIZE = 500

/** The enabled rules, and each fit rule's condition compiled; a rule whose field is gone matches no one. */
export async function loadScoringPlan(tx: PgTx, tenantId: string, log: Logger) {
  const rules: RuleForScoring[] = await listRuleRows(tx, tenantId, { enabledOnly: true })
  const fits = new Map<string, SQL>()
  if (rules.some((r) => r.condition.kind === 'fit')) {
    const defs = await loadFitDefs(tx, tenantId)
    for (const rule of rules) {
      if (rule.condition.kind !== 'fit') continue
      try {
        fits.set(rule.id, fitConditionSql(rule.condition.condition, defs))
      } catch (error) {
        log.warn('scoring rule no longer compiles; it matches no one', { tenantId, ruleId: rule.id, error })
      }
    }
  }
  return { rules, fits }
}

/** Scores for a batch: the new score of each contact whose score or reasons changed. */
export async function scoreBatch(
  tx: PgTx,
  tenantId: string,
  batch: readonly ScoredContact[],
  plan: Awaited<ReturnType<typeof loadScoringPlan>>,
  now: Date,
): Promise<Map<string, Score>> {
  const facts = await gatherFacts(tx, tenantId, batch, plan.rules, plan.fits, now)
  const changed = new Map<string, Score>()
  for (const contact of batch) {
    const contactFacts = facts.get(contact.id)
    if (!contactFacts) continue
    const next = scoreContact(plan.rules, contactFacts, now)
    const stored = { score: contact.score, reasons: contact.scoreReasons }
    if (contact.scoredAt === null || !sameScore(stored, next)) changed.set(contact.id, next)
  }
  return changed
}

async function writeScores(tx: PgTx, tenantId: string, scores: ReadonlyMap<string, Score>, now: Date) {
  if (scores.size === 0) return
  const rows = sql.join(
    [...scores].map(([id, s]) => sql`(${id}, ${s.score}::int, ${JSON.stringify(s.reasons)}::jsonb)`),
    sql`, `,
  )
  // Not through the ORM: `updated_at` stays as it was, since a score is not an edit of the contact.
  await tx.execute(
    sql`update ${contacts} set score = v.score, score_reasons = v.reasons, scored_at = ${now.toISOString()}::timestamptz from (values ${rows}) as v(id, score, reasons) where ${contacts.tenantId} = ${tenantId} and ${contacts.id} = v.id`,
  )
}

function loadBatch(tx: PgTx, tenantId: string, message: CrmMessageOf<'crm.score'>) {
  const live = and(eq(contacts.tenantId, tenantId), isNull(contacts.deletedAt))
  const query = tx.select(scoredContactColumns).from(contacts)
  if (message.contactIds) {
    if (message.contactIds.length === 0) return Promise.resolve([])
    return query.where(and(live, inArray(contacts.id, message.contactIds)))
  }
  return query
    .where(and(live, message.after ? gt(contacts.id, message.after) : undefined))
    .orderBy(asc(contacts.id))
    .limit(SCORE_PAGE_SIZE)
}

async function countLive(tx: PgTx, tenantId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), isNull(contacts.deletedAt)))
  return row?.n ?? 0
}

/**
 * Runs one `crm.score` message. Safe to run twice: scores are recomputed from the facts, and
 * the next page is queued only after this page committed.
 */
export async function scoreContacts(ctx: Ctx, message: CrmMessageOf<'crm.score'>): Promise<void> {
  const { tenantId } = message
  const fullRun = message.contactIds === undefined
  const now = ctx.now()
  const page = await withTenant(ctx.pg(), tenantId, async (tx) => {
    const plan = await loadScoringPlan(tx, tenantId, ctx.log)
    const batch = await loadBatch(tx, tenantId, message)
    await writeScores(tx, tenantId, await scoreBatch(tx, tenantId, batch, plan, now), now)
    const total = fullRun && !message.after ? await countLive(tx, tenantId) : null
    return { size: batch.length, lastId: batch.at(-1)?.id, total }
  })
  if (!fullRun) return
  const last = page.size < SCORE_PAGE_SIZE || !page.lastId
  if (!last) await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId, after: page.lastId }])
  await recordPage(ctx, tenantId, { first: !message.after, last, size: page.size, total: page.total }, now)
}
