import { and, eq, isNull } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals, stages } from '../deals/deals.tables.ts'
import { candidateOrder, candidateWhere, recordHits } from './record-hits.ts'
import type { SearchHit } from './search.schemas.ts'
import { candidateCount, chosen, type SearchPlan } from './search-plan.ts'
import { nameConditions, similaritySql, tierSql } from './search-sql.ts'

/** Live deals the actor may see by name, best first, with their stage and who they are with. */
export async function searchDeals(tx: PgTx, plan: SearchPlan): Promise<SearchHit[]> {
  const { terms } = plan
  const d = deals
  const conditions = chosen(plan, nameConditions(d, terms, plan.mode))
  if (conditions.length === 0) return []
  const tier = tierSql(d, terms)
  const similarity = similaritySql(d, terms)
  const rows = await tx
    .select({
      id: d.id,
      name: d.name,
      stage: stages.name,
      contact: contacts.name,
      company: companies.name,
      tier,
      similarity,
    })
    .from(d)
    .leftJoin(stages, eq(stages.id, d.stageId))
    .leftJoin(contacts, and(eq(contacts.id, d.contactId), isNull(contacts.deletedAt)))
    .leftJoin(companies, and(eq(companies.id, d.companyId), isNull(companies.deletedAt)))
    .where(candidateWhere(d, plan, conditions))
    .orderBy(...candidateOrder(d, tier, similarity))
    .limit(candidateCount(plan))
  return recordHits(plan, 'deal', rows, (row) =>
    [row.stage, row.company ?? row.contact]
      .filter((v): v is string => !!v)
      .map((text) => ({ text, highlights: [] })),
  )
}
