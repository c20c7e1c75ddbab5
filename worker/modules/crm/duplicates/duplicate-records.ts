import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import type { MergeEntity } from '../merge/merge.schemas.ts'
import type { DuplicatePair } from './duplicates.schemas.ts'

type DuplicateRecord = DuplicatePair['records'][number]

const facts = (pairs: [string, string | null | undefined][]) =>
  pairs.filter((p): p is [string, string] => !!p[1]).map(([label, value]) => ({ label, value }))

async function contactRecords(tx: PgTx, tenantId: string, ids: string[]): Promise<DuplicateRecord[]> {
  const rows = await tx
    .select({
      id: contacts.id,
      name: contacts.name,
      email: contacts.email,
      phone: contacts.phone,
      otherEmails: contacts.otherEmails,
      otherPhones: contacts.otherPhones,
      jobTitle: contacts.jobTitle,
      createdAt: contacts.createdAt,
      company: sql<string | null>`(select ${companies.name} from ${contactCompanies}
        join ${companies} on ${companies.id} = ${contactCompanies.companyId} and ${companies.deletedAt} is null
        where ${contactCompanies.contactId} = ${contacts.id} and ${contactCompanies.isPrimary} limit 1)`,
    })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), inArray(contacts.id, ids), isNull(contacts.deletedAt)))
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    facts: facts([
      ['E-mail', r.email],
      ['Other e-mail addresses', r.otherEmails.join(', ')],
      ['Phone', r.phone],
      ['Other phone numbers', r.otherPhones.join(', ')],
      ['Company', r.company],
      ['Job title', r.jobTitle],
    ]),
  }))
}

async function companyRecords(tx: PgTx, tenantId: string, ids: string[]): Promise<DuplicateRecord[]> {
  const rows = await tx
    .select()
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), inArray(companies.id, ids), isNull(companies.deletedAt)))
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    facts: facts([
      ['Domain', r.domain],
      ['Website', r.website],
      ['Phone', r.phone],
      ['Industry', r.industry],
      ['Place', [r.city, r.country].filter(Boolean).join(', ')],
    ]),
  }))
}

/** The records of a page of pairs, by id, with what a person compares them by. */
export async function duplicateRecords(
  tx: PgTx,
  tenantId: string,
  entity: MergeEntity,
  ids: string[],
): Promise<Map<string, DuplicateRecord>> {
  if (ids.length === 0) return new Map()
  const rows = await (entity === 'contact' ? contactRecords : companyRecords)(tx, tenantId, ids)
  return new Map(rows.map((r) => [r.id, r]))
}
