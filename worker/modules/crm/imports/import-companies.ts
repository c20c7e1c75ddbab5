// Companies from an import: rows of a company import, and the company column of a contact
// import (found by domain, else by name, else created, and linked to the contact). The domain
// is a company's identity, as e-mail and phone are a contact's.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies } from '../contacts/contacts.tables.ts'
import type { CompanyRow } from './import-rows.ts'
import type { ChunkResult, ChunkWriter, WriteContext } from './import-writer.ts'

type Company = Omit<
  typeof companies.$inferSelect,
  'search' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'parentId' | 'tenantId'
> & {
  isNew?: boolean
}

const squash = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ')

/** Live companies with one of `domains`, or (when given) one of the lower-cased `names`. */
async function findCompanies(tx: PgTx, tenantId: string, domains: string[], names: string[]) {
  if (domains.length === 0 && names.length === 0) return []
  return tx
    .select()
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, tenantId),
        isNull(companies.deletedAt),
        or(
          domains.length ? inArray(companies.domain, domains) : undefined,
          names.length
            ? sql`lower(${companies.name}) in (${sql.join(
                names.map((n) => sql`${n}`),
                sql`, `,
              )})`
            : undefined,
        ),
      ),
    )
    .for('update')
}

class CompanyIndex {
  private readonly byDomain = new Map<string, Company>()
  private readonly byName = new Map<string, Company[]>()

  add(c: Company) {
    if (c.domain) this.byDomain.set(c.domain, c)
    const key = squash(c.name)
    if (!this.byName.get(key)?.includes(c)) this.byName.set(key, [...(this.byName.get(key) ?? []), c])
  }

  domain(domain: string | null) {
    return domain ? this.byDomain.get(domain) : undefined
  }

  /** Same name, and no domain on either side that tells them apart. */
  sameName(name: string | null, domain: string | null) {
    return name ? this.byName.get(squash(name))?.find((c) => !domain || !c.domain) : undefined
  }
}

const newCompany = (w: WriteContext, fields: Partial<Company> & { name: string }): Company => ({
  id: newId('company', w.now.getTime()),
  domain: null,
  industry: null,
  employees: null,
  phone: null,
  website: null,
  city: null,
  country: null,
  ownerUserId: null,
  branchId: w.branchId,
  tags: [],
  customFields: {},
  ...fields,
  isNew: true,
})

/** Inserts new companies; answers the ids the database refused (a domain taken out of sight). */
async function insertCompanies(tx: PgTx, w: WriteContext, created: Company[]): Promise<Set<string>> {
  if (created.length === 0) return new Set()
  const inserted = await tx
    .insert(companies)
    .values(
      created.map(({ isNew: _, ...c }) => ({
        ...c,
        tenantId: w.tenantId,
        createdAt: w.now,
        updatedAt: w.now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: companies.id })
  const ids = new Set(inserted.map((r) => r.id))
  return new Set(created.filter((c) => !ids.has(c.id)).map((c) => c.id))
}

/**
 * Links contacts to the companies their rows name, creating the companies that do not exist.
 * The first link of a contact without a primary company becomes its primary one.
 */
export async function linkCompanies(
  tx: PgTx,
  w: WriteContext,
  links: { contactId: string; isNew: boolean; name: string | null; domain: string | null }[],
) {
  const wanted = links.filter((l) => l.name || l.domain)
  if (wanted.length === 0) return
  const index = new CompanyIndex()
  const domains = [...new Set(wanted.flatMap((l) => (l.domain ? [l.domain] : [])))]
  const names = [...new Set(wanted.flatMap((l) => (l.name ? [squash(l.name)] : [])))]
  for (const c of await findCompanies(tx, w.tenantId, domains, names)) index.add(c)
  const created: Company[] = []
  const pairs = wanted.map((l) => {
    let company = index.domain(l.domain) ?? index.sameName(l.name, l.domain)
    if (!company) {
      company = newCompany(w, { name: l.name ?? l.domain ?? '', domain: l.domain })
      index.add(company)
      created.push(company)
    }
    return { contactId: l.contactId, isNew: l.isNew, companyId: company.id }
  })
  const refused = await insertCompanies(tx, w, created)
  const existingIds = [...new Set(pairs.filter((p) => !p.isNew).map((p) => p.contactId))]
  const withPrimary = new Set(
    existingIds.length === 0
      ? []
      : (
          await tx
            .select({ contactId: contactCompanies.contactId })
            .from(contactCompanies)
            .where(
              and(
                eq(contactCompanies.tenantId, w.tenantId),
                inArray(contactCompanies.contactId, existingIds),
                eq(contactCompanies.isPrimary, true),
              ),
            )
        ).map((r) => r.contactId),
  )
  const values = pairs
    .filter((p) => !refused.has(p.companyId))
    .map((p) => {
      const isPrimary = !withPrimary.has(p.contactId)
      withPrimary.add(p.contactId)
      return {
        tenantId: w.tenantId,
        contactId: p.contactId,
        companyId: p.companyId,
        isPrimary,
        createdAt: w.now,
      }
    })
  if (values.length > 0) await tx.insert(contactCompanies).values(values).onConflictDoNothing()
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]

function mergeCompany(c: Company, row: CompanyRow, index: CompanyIndex, tags: string[]): Company {
  const holder = index.domain(row.domain)
  return {
    ...c,
    domain: c.domain ?? (row.domain && (!holder || holder.id === c.id) ? row.domain : null),
    website: c.website ?? row.website,
    industry: c.industry ?? row.industry,
    employees: c.employees ?? row.employees,
    phone: c.phone ?? row.phone,
    city: c.city ?? row.city,
    country: c.country ?? row.country,
    ownerUserId: c.ownerUserId ?? row.ownerUserId,
    tags: union(c.tags, tags),
    customFields: { ...row.customFields, ...c.customFields },
  }
}

async function updateCompanies(tx: PgTx, tenantId: string, merged: Company[], now: Date) {
  if (merged.length === 0) return
  const values = merged.map((c) => ({
    id: c.id,
    domain: c.domain,
    website: c.website,
    industry: c.industry,
    employees: c.employees,
    phone: c.phone,
    city: c.city,
    country: c.country,
    owner_user_id: c.ownerUserId,
    tags: c.tags,
    custom_fields: c.customFields,
  }))
  await tx.execute(sql`
    update ${companies} as c set
      domain = v.domain, website = v.website, industry = v.industry, employees = v.employees,
      phone = v.phone, city = v.city, country = v.country, owner_user_id = v.owner_user_id,
      tags = v.tags, custom_fields = v.custom_fields, updated_at = ${now}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      as v(id text, domain text, website text, industry text, employees integer, phone text, city text,
           country text, owner_user_id text, tags text[], custom_fields jsonb)
    where c.id = v.id and c.tenant_id = ${tenantId}`)
}

/** A chunk of a company import; the same policies as contacts, on domain then name. */
export const writeCompanyRows: ChunkWriter<CompanyRow> = async (tx, w, rows) => {
  const result: ChunkResult = { created: 0, updated: 0, skipped: 0, problems: [], touched: [] }
  const index = new CompanyIndex()
  const domains = [...new Set(rows.flatMap((r) => (r.domain ? [r.domain] : [])))]
  const names = w.policy === 'create' ? [] : [...new Set(rows.map((r) => squash(r.name)))]
  for (const c of await findCompanies(tx, w.tenantId, domains, names)) index.add(c)
  const created: { row: CompanyRow; company: Company }[] = []
  const merged = new Map<string, Company>()
  for (const row of rows) {
    const tags = union(row.tags, w.tag ? [w.tag] : [])
    const match =
      index.domain(row.domain) ?? (w.policy === 'create' ? undefined : index.sameName(row.name, row.domain))
    if (match && w.policy === 'skip') {
      result.skipped++
    } else if (match) {
      Object.assign(match, mergeCompany(match, row, index, tags))
      index.add(match)
      if (!match.isNew) merged.set(match.id, match)
      result.updated++
    } else {
      const { row: _, ...fields } = row
      const company = newCompany(w, { ...fields, branchId: w.branchId, tags })
      index.add(company)
      created.push({ row, company })
    }
  }
  const refused = await insertCompanies(
    tx,
    w,
    created.map((c) => c.company),
  )
  for (const { row, company } of created) {
    if (refused.has(company.id))
      result.problems.push({
        row: row.row,
        field: 'domain',
        message: 'A company you cannot see has this domain',
      })
    else result.created++
  }
  await updateCompanies(tx, w.tenantId, [...merged.values()], w.now)
  return result
}
