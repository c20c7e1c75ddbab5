// The one mapping from a companies row to the public Company shape: the API and every other
// CRM module returning companies select `companyColumns` and call `toCompany`.
import { sql } from 'drizzle-orm'
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types'
import { companies } from '../contacts/contacts.tables.ts'
import type { Company } from './companies.schemas.ts'

/** Select these from `companies` (no join needed) and pass the row to `toCompany`. */
export const companyColumns = {
  id: companies.id,
  name: companies.name,
  domain: companies.domain,
  parentId: companies.parentId,
  industry: companies.industry,
  employees: companies.employees,
  phone: companies.phone,
  website: companies.website,
  city: companies.city,
  country: companies.country,
  ownerUserId: companies.ownerUserId,
  branchId: companies.branchId,
  tags: companies.tags,
  customFields: companies.customFields,
  createdAt: companies.createdAt,
  updatedAt: companies.updatedAt,
  // Primary-key probes per row; a parent the actor's branch scope hides, or one in the undo
  // window, is left out (parentId still names it). Column references are written out in full:
  // drizzle leaves them unqualified in a one-table select, where inside a subquery they would
  // bind to the subquery's own tables.
  parent: sql<{
    id: string
    name: string
  } | null>`(select json_build_object('id', p.id, 'name', p.name) from companies p where p.id = "companies"."parent_id" and p.tenant_id = "companies"."tenant_id" and p.deleted_at is null)`,
  // Served by contact_companies_company (tenant, company).
  peopleCount: sql<number>`(select count(*)::int from contact_companies cc join contacts k on k.id = cc.contact_id where cc.tenant_id = "companies"."tenant_id" and cc.company_id = "companies"."id" and k.deleted_at is null)`,
}

export type CompanyRow = SelectResultFields<typeof companyColumns>

export function toCompany(row: CompanyRow): Company {
  return {
    ...row,
    parent: row.parent ?? null,
    peopleCount: Number(row.peopleCount ?? 0),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
