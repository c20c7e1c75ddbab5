import { sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies } from '../contacts/contacts.tables.ts'
import { candidateOrder, candidateWhere, highlighted, recordHits } from './record-hits.ts'
import type { SearchHit } from './search.schemas.ts'
import { candidateCount, chosen, type SearchPlan } from './search-plan.ts'
import { containsMatch, nameConditions, similaritySql, tierSql } from './search-sql.ts'

/**
 * Live companies the actor may see by name, domain or industry, best first. The domain has no
 * trigram index, so `%text%` in it is tried by the full search only (a tenant's companies are
 * few next to its contacts); its prefix is in the full-text document for both.
 */
export async function searchCompanies(tx: PgTx, plan: SearchPlan): Promise<SearchHit[]> {
  const { terms } = plan
  const c = companies
  const name = nameConditions(c, terms, plan.mode)
  const domain = plan.mode === 'search' ? containsMatch(c.domain, terms) : []
  const conditions = chosen(plan, { literal: [...name.literal, ...domain], fuzzy: name.fuzzy })
  if (conditions.length === 0) return []
  const tier = tierSql(c, terms, {
    exact: [sql`lower(${c.domain}) = lower(${terms.text})`],
    prefix: [sql`${c.domain} ilike ${terms.prefix}`],
  })
  const similarity = similaritySql(c, terms)
  const rows = await tx
    .select({
      id: c.id,
      name: c.name,
      domain: c.domain,
      industry: c.industry,
      city: c.city,
      country: c.country,
      tier,
      similarity,
    })
    .from(c)
    .where(candidateWhere(c, plan, conditions))
    .orderBy(...candidateOrder(c, tier, similarity))
    .limit(candidateCount(plan))
  return recordHits(plan, 'company', rows, (row) =>
    highlighted([row.domain, row.industry, [row.city, row.country].filter(Boolean).join(', ')], terms),
  )
}
