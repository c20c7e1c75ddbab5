import { type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import { candidateOrder, candidateWhere, highlighted, recordHits } from './record-hits.ts'
import type { SearchHit } from './search.schemas.ts'
import { candidateCount, chosen, type SearchPlan } from './search-plan.ts'
import { containsMatch, nameConditions, similaritySql, tierSql } from './search-sql.ts'
import type { SearchTerms } from './search-terms.ts'

function phoneConditions(terms: SearchTerms): { match: SQL[]; exact: SQL[] } {
  if (!terms.digits) return { match: [], exact: [] }
  const c = contacts
  return {
    match: [sql`${c.phoneDigits} like ${`%${terms.digits}%`}`],
    // A national number ("0412 345 678") names the same phone as its international form.
    exact: [
      terms.digits.length >= 9
        ? sql`${c.phoneDigits} like ${`%${terms.digits.replace(/^0+/, '')}`}`
        : sql`${c.phoneDigits} = ${terms.digits}`,
    ],
  }
}

/** Live contacts the actor may see whose name, e-mail or phone matches, best first. */
export async function searchContacts(tx: PgTx, plan: SearchPlan): Promise<SearchHit[]> {
  const { terms } = plan
  const c = contacts
  const phone = phoneConditions(terms)
  const name = nameConditions(c, terms, plan.mode)
  const conditions = chosen(plan, {
    literal: [...name.literal, ...containsMatch(c.email, terms), ...phone.match],
    fuzzy: name.fuzzy,
  })
  if (conditions.length === 0) return []
  const tier = tierSql(c, terms, {
    exact: [sql`lower(${c.email}) = lower(${terms.text})`, ...phone.exact],
    prefix: [sql`${c.email} ilike ${terms.prefix}`],
    fullText: phone.match,
  })
  const similarity = similaritySql(c, terms)
  const rows = await tx
    .select({
      id: c.id,
      name: c.name,
      email: c.email,
      phone: c.phone,
      jobTitle: c.jobTitle,
      tier,
      similarity,
    })
    .from(c)
    .where(candidateWhere(c, plan, conditions))
    .orderBy(...candidateOrder(c, tier, similarity))
    .limit(candidateCount(plan))
  return recordHits(plan, 'contact', rows, (row) => highlighted([row.email, row.phone, row.jobTitle], terms))
}
