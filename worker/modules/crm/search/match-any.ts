// Under row level security Postgres lets a condition use an index only when its operator is
// LEAKPROOF (it must not see rows the policy hides before the policy has run). pg_trgm's `%`,
// `<%`, ILIKE and `@@` are not marked so by default; a superuser can mark them (see docs/crm.md,
// "Search"). Where they are, each condition runs as its own index scan and the union of the ids
// is the answer (milliseconds on 50,000 contacts); where they are not, every one of those scans
// would read all of the tenant's rows, so one pass testing every condition is cheaper.
import { type SQL, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { PgTx } from '../../../lib/pg.ts'

const SEARCH_OPERATORS = [
  'similarity_op',
  'word_similarity_op',
  'word_similarity_commutator_op',
  'texticlike',
  'textlike',
  'ts_match_vq',
]

// Per isolate: whether the operators are LEAKPROOF only changes with a migration.
let indexable: Promise<boolean> | undefined

export function searchIndexesUsable(tx: PgTx): Promise<boolean> {
  indexable ??= tx
    .execute<{ ok: boolean | null }>(
      sql`select bool_and(proleakproof) as ok from pg_proc where proname in (${sql.join(
        SEARCH_OPERATORS.map((name) => sql`${name}`),
        sql`, `,
      )})`,
    )
    .then((result) => result.rows[0]?.ok === true)
    .catch((error: unknown) => {
      indexable = undefined
      throw error
    })
  return indexable
}

// Rows one index scan may contribute: a two-letter prefix or a loose similarity matches
// thousands, and ranking them all would cost more than the best few are worth.
const CANDIDATES_PER_SCAN = 300

/**
 * A condition true for rows matching any of `conditions`, written to suit the database: a union
 * of index scans over the tenant's rows (`id in (…)`, each scan capped), or one OR over the row
 * at hand.
 */
export function matchAny(
  usable: boolean,
  table: { id: PgColumn; tenantId: PgColumn; deletedAt: PgColumn },
  tenantId: string,
  conditions: SQL[],
): SQL {
  if (!usable) return sql`(${sql.join(conditions, sql` or `)})`
  const scans = conditions.map(
    (condition) =>
      sql`(select ${table.id} from ${table.id.table} where ${table.tenantId} = ${tenantId} and ${table.deletedAt} is null and ${condition} limit ${CANDIDATES_PER_SCAN})`,
  )
  return sql`${table.id} in (${sql.join(scans, sql` union `)})`
}

/** Makes `%` and `<%` (the trigram operators the indexes serve) as lenient as a typo needs. */
export function setTrigramThresholds(tx: PgTx, similarity: number, wordSimilarity: number) {
  return tx.execute(
    sql`select set_config('pg_trgm.similarity_threshold', ${String(similarity)}, true), set_config('pg_trgm.word_similarity_threshold', ${String(wordSimilarity)}, true)`,
  )
}
