import type { SQL } from 'drizzle-orm'
import type { Conditions, SearchMode } from './search-sql.ts'
import type { SearchTerms } from './search-terms.ts'

/** One kind of record's search: what to look for, how, and how many. */
export interface SearchPlan {
  tenantId: string
  terms: SearchTerms
  mode: SearchMode
  /** Which conditions to try: the literal ones, the fuzzy ones, or both. */
  kinds: readonly (keyof Conditions)[]
  /** Results to return. */
  limit: number
  /** Whether the database lets the conditions use their indexes (see match-any.ts). */
  indexable: boolean
}

export const chosen = (plan: SearchPlan, conditions: Conditions): SQL[] =>
  plan.kinds.flatMap((kind) => conditions[kind])

/** Rows to fetch so the re-ranking (rank.ts) has the best few among them. */
export const candidateCount = (plan: SearchPlan) => Math.max(plan.limit * 4, 40)
