// Candidate duplicate pairs, found in one statement per kind of record. Shared identifiers
// (an e-mail address, the last nine digits of a phone number, a domain) pair records by a hash
// join; similar names are compared only within a group that is small by construction (the
// people of one company; companies whose names start alike), never all against all.
import { type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import type { DuplicateReasonKind } from './duplicates.schemas.ts'

/** An identifier held by more records than this is a shared one (a switchboard), not a clue. */
export const MAX_SHARED = 10
/** Names are compared within groups of at most this many records. */
export const MAX_GROUP = 200
/** pg_trgm similarity above which two names count as alike. */
export const NAME_SIMILARITY = 0.6

export type PairRow = {
  a_id: string
  b_id: string
  kind: DuplicateReasonKind
  /** The shared identifier, or the company both work at. */
  value: string | null
  similarity: number | null
}

const digitsOf = (column: SQL) => sql`regexp_replace(${column}, '[^0-9]', '', 'g')`

const sharedPairs = sql`
  shared as (
    select kind, value, array_agg(id order by id) as ids from keys where value is not null and value <> ''
    group by kind, value having count(*) between 2 and ${MAX_SHARED}
  )`

const pairsOfShared = sql`
  select a.id as a_id, b.id as b_id, s.kind, s.value, null::real as similarity
  from shared s cross join unnest(s.ids) as a(id) cross join unnest(s.ids) as b(id)
  where a.id < b.id`

/** Contacts sharing an e-mail address or phone number (main or further ones), or with alike names at the same primary company. */
export async function contactPairs(tx: PgTx, tenantId: string): Promise<PairRow[]> {
  const phone = digitsOf(sql`p`)
  const result = await tx.execute<PairRow>(sql`
    with live as materialized (
      select id, name, email, phone_digits, other_emails, other_phones from ${contacts}
      where tenant_id = ${tenantId} and deleted_at is null
    ),
    keys as (
      select id, 'email' as kind, lower(email) as value from live where email is not null
      union select l.id, 'email', lower(e) from live l cross join unnest(l.other_emails) as e
      union select id, 'phone', right(phone_digits, 9) from live where length(phone_digits) >= 7
      union select l.id, 'phone', right(${phone}, 9) from live l cross join unnest(l.other_phones) as p
        where length(${phone}) >= 7
    ),
    ${sharedPairs},
    firms as (
      select company_id from ${contactCompanies} where tenant_id = ${tenantId} and is_primary
      group by company_id having count(*) between 2 and ${MAX_GROUP}
    ),
    -- People of those companies, then their pairs, each materialised: names are compared only
    -- within a company whatever the planner guesses (right after an import there are no
    -- statistics, and a plan that compared every pair of contacts took minutes at 5,000).
    people as materialized (
      select l.company_id, c.id, c.name from ${contactCompanies} l
      join ${contacts} c on c.id = l.contact_id and c.tenant_id = ${tenantId} and c.deleted_at is null
      where l.tenant_id = ${tenantId} and l.is_primary and l.company_id in (select company_id from firms)
    ),
    pairs as materialized (
      select p1.company_id, p1.id as a_id, p2.id as b_id, similarity(p1.name, p2.name) as similarity
      from people p1 join people p2 on p2.company_id = p1.company_id and p1.id < p2.id
    )
    ${pairsOfShared}
    union all
    select p.a_id, p.b_id, 'name_and_company', co.name, p.similarity
    from pairs p
    join ${companies} co on co.tenant_id = ${tenantId} and co.id = p.company_id and co.deleted_at is null
    where p.similarity > ${NAME_SIMILARITY}`)
  return result.rows
}

/** Companies sharing a domain (or website host) or phone number, or with alike names. */
export async function companyPairs(tx: PgTx, tenantId: string): Promise<PairRow[]> {
  const phone = digitsOf(sql`phone`)
  const result = await tx.execute<PairRow>(sql`
    with live as materialized (
      select id, name, domain, website, phone from ${companies}
      where tenant_id = ${tenantId} and deleted_at is null
    ),
    keys as (
      select id, 'domain' as kind, lower(domain) as value from live where domain is not null
      union select id, 'domain', substring(lower(website) from '^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([^/:?#]+)')
        from live where website is not null
      union select id, 'phone', right(${phone}, 9) from live where length(${phone}) >= 7
    ),
    ${sharedPairs},
    blocks as (
      select id, name, left(regexp_replace(lower(name), '[^[:alnum:]]', '', 'g'), 4) as block from live
    ),
    groups as (
      select block from blocks where block <> '' group by block having count(*) between 2 and ${MAX_GROUP}
    )
    ${pairsOfShared}
    union all
    select b1.id, b2.id, 'name', null, similarity(b1.name, b2.name)
    from groups g
    join blocks b1 on b1.block = g.block
    join blocks b2 on b2.block = g.block and b1.id < b2.id
    where similarity(b1.name, b2.name) > ${NAME_SIMILARITY}`)
  return result.rows
}
