import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import { searchIndexesUsable, setTrigramThresholds } from './match-any.ts'
import {
  type AutocompleteResults,
  SEARCH_TYPES,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  type SearchType,
} from './search.schemas.ts'
import { searchCompanies } from './search-companies.ts'
import { searchContacts } from './search-contacts.ts'
import { searchDeals } from './search-deals.ts'
import { searchNotes } from './search-notes.ts'
import type { SearchPlan } from './search-plan.ts'
import type { SearchMode } from './search-sql.ts'
import { searchTerms } from './search-terms.ts'

export const AUTOCOMPLETE_SIZE = 8
// "Jonh Smyth" is 0.29 like "John Smith" and "smyth" 0.33 like a word of it (pg_trgm defaults:
// 0.3 and 0.6); lower bars let typos through, the ranking puts the close ones first.
const SIMILARITY = 0.25
const WORD_SIMILARITY = 0.3

const SEARCHERS: Record<SearchType, (tx: PgTx, plan: SearchPlan) => Promise<SearchHit[]>> = {
  contact: searchContacts,
  company: searchCompanies,
  deal: searchDeals,
  note: searchNotes,
}

type PlanFor = (limit: number, kinds?: SearchPlan['kinds']) => SearchPlan

/** Runs `fn` in the actor's CRM transaction with the search settings in place. */
function inSearchTx<T>(
  ctx: TenantCtx,
  q: string,
  mode: SearchMode,
  fn: (tx: PgTx, plan: PlanFor) => Promise<T>,
): Promise<T> {
  const terms = searchTerms(q)
  return crmTx(ctx, async (tx) => {
    const indexable = await searchIndexesUsable(tx)
    await setTrigramThresholds(tx, SIMILARITY, WORD_SIMILARITY)
    return fn(tx, (limit, kinds = ['literal', 'fuzzy']) => ({
      tenantId: ctx.tenantId,
      terms,
      mode,
      kinds,
      limit,
      indexable,
    }))
  })
}

/** The best matches of each requested kind, in the order of SEARCH_TYPES. */
export function searchCrm(ctx: TenantCtx, query: SearchQuery): Promise<SearchResults> {
  return inSearchTx(ctx, query.q, 'search', async (tx, plan) => {
    const groups: SearchResults['groups'] = []
    for (const type of SEARCH_TYPES.filter((t) => query.types.includes(t))) {
      const hits = await SEARCHERS[type](tx, plan(query.limit + 1))
      groups.push({ type, items: hits.slice(0, query.limit), hasMore: hits.length > query.limit })
    }
    return { q: plan(0).terms.text, groups }
  })
}

/**
 * The eight best contacts, companies and deals together, for the search box as one types.
 * Literal matches first; similar names (typos) only when those leave room, since a loose
 * similarity matches many rows and the box must answer at typing speed.
 */
export function autocompleteCrm(ctx: TenantCtx, q: string): Promise<AutocompleteResults> {
  return inSearchTx(ctx, q, 'autocomplete', async (tx, plan) => {
    const found = new Map<string, SearchHit>()
    for (const kinds of [['literal'], ['fuzzy']] as const) {
      if (found.size >= AUTOCOMPLETE_SIZE) break
      for (const type of ['contact', 'company', 'deal'] as const) {
        for (const hit of await SEARCHERS[type](tx, plan(AUTOCOMPLETE_SIZE, kinds))) {
          if (!found.has(hit.id)) found.set(hit.id, hit)
        }
      }
    }
    // Stable: equal ranks keep contacts before companies before deals.
    const items = [...found.values()].sort((a, b) => b.rank - a.rank).slice(0, AUTOCOMPLETE_SIZE)
    return { q: plan(0).terms.text, items }
  })
}
