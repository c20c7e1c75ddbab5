// The conditions and the ranking that contacts, companies and deals share: each has a `name`
// under a trigram index and a `search` document under a full-text index.
import { type SQL, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { SearchTerms } from './search-terms.ts'

export type SearchMode = 'search' | 'autocomplete'

export interface NamedColumns {
  name: PgColumn
  search: PgColumn
}

/**
 * Literal matches (a word's prefix, the text within a value) find few rows and are tried first;
 * fuzzy ones (similar words, for typos) find many and only fill up what the literal ones left.
 */
export interface Conditions {
  literal: SQL[]
  fuzzy: SQL[]
}

// Trigram patterns need three characters; shorter ones would read the whole index.
export const trigramReady = (terms: SearchTerms) => terms.text.length >= 3

export const prefixMatch = (search: PgColumn, terms: SearchTerms) =>
  terms.prefixQuery ? sql`${search} @@ to_tsquery('simple', ${terms.prefixQuery})` : sql`false`

export const fullTextMatch = (search: PgColumn, terms: SearchTerms) =>
  sql`${search} @@ websearch_to_tsquery('simple', ${terms.text})`

/** `text` within a column, when long enough for its trigram index. */
export const containsMatch = (column: PgColumn, terms: SearchTerms): SQL[] =>
  trigramReady(terms) ? [sql`${column} ilike ${terms.contains}`] : []

/**
 * What finds a record by its name: every word as a prefix, the text within the name, for a
 * full search the words in web-search syntax; fuzzy, a similar name or word (never for a
 * number: digits alike by trigrams are noise). Every one of these has an index to serve it.
 */
export function nameConditions(t: NamedColumns, terms: SearchTerms, mode: SearchMode): Conditions {
  const literal = [
    ...(terms.prefixQuery ? [prefixMatch(t.search, terms)] : []),
    ...containsMatch(t.name, terms),
  ]
  if (mode === 'search') literal.push(fullTextMatch(t.search, terms))
  const fuzzy =
    trigramReady(terms) && !terms.digits
      ? [sql`${terms.text} <% ${t.name}`, sql`${t.name} % ${terms.text}`]
      : []
  return { literal, fuzzy }
}

const any = (parts: SQL[]) => (parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`)

/**
 * Exact (4) beats prefix (3) beats full text (2) beats similarity alone (1). `extra` adds a
 * record's own exact, prefix and full-text matches (e-mail, domain, phone).
 */
export function tierSql(
  t: NamedColumns,
  terms: SearchTerms,
  extra: { exact?: SQL[]; prefix?: SQL[]; fullText?: SQL[] } = {},
): SQL<number> {
  const exact = [sql`lower(${t.name}) = lower(${terms.text})`, ...(extra.exact ?? [])]
  const prefix = [sql`${t.name} ilike ${terms.prefix}`, prefixMatch(t.search, terms), ...(extra.prefix ?? [])]
  const fullText = [fullTextMatch(t.search, terms), ...(extra.fullText ?? [])]
  return sql<number>`(case when ${any(exact)} then 4 when ${any(prefix)} then 3 when ${any(fullText)} then 2 else 1 end)`.mapWith(
    Number,
  )
}

/** How alike the name is to the query as trigrams see it (0–1), the order within a tier. */
export const similaritySql = (t: NamedColumns, terms: SearchTerms) =>
  sql<number>`greatest(similarity(${t.name}, ${terms.text}), word_similarity(${terms.text}, ${t.name}))`.mapWith(
    Number,
  )
