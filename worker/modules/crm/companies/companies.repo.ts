import { and, asc, eq, isNull, ne, type SQL } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies } from '../contacts/contacts.tables.ts'
import type { CrmSortPlan } from '../filters/sort-sql.ts'
import type { CompanyRef } from './companies.schemas.ts'
import { type CompanyRow, companyColumns } from './company-view.ts'

/** A live (not deleted) company the transaction's actor may see, or undefined. */
export async function findCompanyRow(
  tx: PgTx,
  tenantId: string,
  id: string,
): Promise<CompanyRow | undefined> {
  const [row] = await tx
    .select(companyColumns)
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, id), isNull(companies.deletedAt)))
  return row
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
      and(
        eq(companies.tenantId, tenantId),
        eq(companies.domain, domain),
        isNull(companies.deletedAt),
        exceptId ? ne(companies.id, exceptId) : undefined,
      ),
    )
    .limit(1)
  return row
}

/** One page of companies matching `where`, in the plan's order, one row beyond the page. */
export function listCompanyRows(
  tx: PgTx,
  tenantId: string,
  where: SQL | undefined,
  plan: CrmSortPlan,
  cursor: string | undefined,
  limit: number,
) {
  return tx
    .select({ ...companyColumns, sortKey: plan.key })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), isNull(companies.deletedAt), where, plan.after(cursor)))
    .orderBy(...plan.orderBy)
    .limit(limit + 1)
}

/** The live direct subsidiaries of a company, by name (served by companies_tenant_parent). */
export function childrenOf(tx: PgTx, tenantId: string, id: string): Promise<CompanyRef[]> {
  return tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.parentId, id), isNull(companies.deletedAt)))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(500)
}
