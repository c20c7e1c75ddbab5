import { and, asc, count, eq, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { scoringRules } from './scoring.tables.ts'

export type ScoringRuleRow = typeof scoringRules.$inferSelect

/** The tenant's rules in their order; `enabledOnly` for scoring. */
export function listRuleRows(tx: PgTx, tenantId: string, options: { enabledOnly?: boolean } = {}) {
  return tx
    .select()
    .from(scoringRules)
    .where(
      and(
        eq(scoringRules.tenantId, tenantId),
        options.enabledOnly ? eq(scoringRules.enabled, true) : undefined,
      ),
    )
    .orderBy(asc(scoringRules.position), asc(scoringRules.id))
}

export async function findRuleRow(tx: PgTx, tenantId: string, ruleId: string) {
  const [row] = await tx
    .select()
    .from(scoringRules)
    .where(and(eq(scoringRules.tenantId, tenantId), eq(scoringRules.id, ruleId)))
    .limit(1)
  return row
}

export async function ruleCountAndEnd(tx: PgTx, tenantId: string): Promise<{ count: number; end: number }> {
  const [row] = await tx
    .select({ count: count(), end: sql<number>`coalesce(max(${scoringRules.position}) + 1, 0)::int` })
    .from(scoringRules)
    .where(eq(scoringRules.tenantId, tenantId))
  return { count: row?.count ?? 0, end: row?.end ?? 0 }
}

/** Locks the tenant's rule list for this transaction, so concurrent adds cannot pass the limit. */
export async function lockRules(tx: PgTx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`crm-scoring-rules:${tenantId}`}))`)
}

export async function insertRuleRows(tx: PgTx, rows: (typeof scoringRules.$inferInsert)[]) {
  return tx.insert(scoringRules).values(rows).returning()
}

export async function updateRuleRow(
  tx: PgTx,
  tenantId: string,
  ruleId: string,
  changes: Partial<typeof scoringRules.$inferInsert>,
) {
  const [row] = await tx
    .update(scoringRules)
    .set(changes)
    .where(and(eq(scoringRules.tenantId, tenantId), eq(scoringRules.id, ruleId)))
    .returning()
  return row
}

export async function deleteRuleRow(tx: PgTx, tenantId: string, ruleId: string): Promise<boolean> {
  const rows = await tx
    .delete(scoringRules)
    .where(and(eq(scoringRules.tenantId, tenantId), eq(scoringRules.id, ruleId)))
    .returning({ id: scoringRules.id })
  return rows.length > 0
}
