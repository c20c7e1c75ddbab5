import { asc, eq, ne } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies } from '../contacts/contacts.tables.ts'
import { findLive, liveWhere } from '../shared/live-records.ts'
import { type SortedPageQuery, sortedPage } from '../shared/sorted-page.ts'
import type { CompanyRef } from './companies.schemas.ts'
import { type CompanyRow, companyColumns } from './company-view.ts'

/** A live (not deleted) company the transaction's actor may see, or undefined. */
export async function findCompanyRow(
  tx: PgTx,
  tenantId: string,
  id: string,
): Promise<CompanyRow | undefined> {
  return findLive(tx, companies, companyColumns, tenantId, id)
}

/** The company, or a 404 for ids of other tenants, outside the actor's branches, or deleted. */
export async function getCompanyRow(tx: PgTx, tenantId: string, id: string): Promise<CompanyRow> {
  const row = await findCompanyRow(tx, tenantId, id)
  if (!row) throw new ApiError('NOT_FOUND', `Company ${id} not found`)
  return row
}

/** The live company already holding `domain` (other than `exceptId`), if the actor can see it. */
export async function findDomainHolder(
  tx: PgTx,
  tenantId: string,
  domain: string,
  exceptId?: string,
): Promise<CompanyRef | undefined> {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(
      liveWhere(
        companies,
        tenantId,
        eq(companies.domain, domain),
        exceptId ? ne(companies.id, exceptId) : undefined,
      ),
    )
    .limit(1)
  return row
}

/** One page of companies matching the query's `where`, in its plan's order. */
export const listCompanyPage = (tx: PgTx, tenantId: string, query: SortedPageQuery) =>
  sortedPage(tx, companies, companyColumns, tenantId, query)

/** The live direct subsidiaries of a company, by name (served by companies_tenant_parent). */
export function childrenOf(tx: PgTx, tenantId: string, id: string): Promise<CompanyRef[]> {
  return tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(liveWhere(companies, tenantId, eq(companies.parentId, id)))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(500)
}
