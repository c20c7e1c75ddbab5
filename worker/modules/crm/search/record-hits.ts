// What the searches of contacts, companies and deals share once each has its conditions: the
// candidates' where and order, and how the best of them become hits.
import { asc, type SQL, sql } from 'drizzle-orm'
import { liveWhere, type RecordTable } from '../shared/live-records.ts'
import { type Highlighted, highlight } from './highlight.ts'
import { matchAny } from './match-any.ts'
import { ranked } from './rank.ts'
import type { SearchHit } from './search.schemas.ts'
import type { SearchPlan } from './search-plan.ts'
import type { SearchTerms } from './search-terms.ts'

/** The tenant's live records matching any of `conditions`. */
export const candidateWhere = (table: RecordTable, plan: SearchPlan, conditions: SQL[]) =>
  liveWhere(table, plan.tenantId, matchAny(plan.indexable, table, plan.tenantId, conditions))

/** Postgres' order of the candidates; the id last, so which ones make the cut is stable. */
export const candidateOrder = (table: RecordTable, tier: SQL, similarity: SQL) => [
  sql`${tier} desc`,
  sql`${similarity} desc`,
  asc(table.id),
]

/** The values there are, each marked where the query matches it. */
export const highlighted = (values: (string | null)[], terms: SearchTerms): Highlighted[] =>
  values.filter((v): v is string => !!v).map((v) => highlight(v, terms))

/** The best `plan.limit` candidates as hits, titled by their name. */
export function recordHits<R extends { id: string; name: string; tier: number; similarity: number }>(
  plan: SearchPlan,
  type: 'contact' | 'company' | 'deal',
  rows: R[],
  details: (row: R) => Highlighted[],
): SearchHit[] {
  return ranked(rows, (row) => row.name, plan.terms.words)
    .slice(0, plan.limit)
    .map((row) => ({
      type,
      id: row.id,
      title: highlight(row.name, plan.terms),
      details: details(row),
      activityType: null,
      about: null,
      rank: row.rank,
    }))
}
