import { and, desc, eq, isNull, lt } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { assertIdCursor, idPage } from '../../../lib/paging.ts'
import { contactColumns, toContact } from '../contacts/contact-view.ts'
import { contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { recordListQuery } from '../shared/sorted-page.ts'
import { childrenOf, getCompanyRow, listCompanyPage } from './companies.repo.ts'
import type { CompanyDetail, CompanyList, CompanyPeople, ListCompaniesQuery } from './companies.schemas.ts'
import { ancestorsOf } from './company-hierarchy.ts'
import { toCompany } from './company-view.ts'

/**
 * A page of the companies the actor may see that match the filter, in the chosen order; the
 * cursor is a keyset position (sort value and id), so every page costs the same.
 */
export async function listCompanies(ctx: TenantCtx, query: ListCompaniesQuery): Promise<CompanyList> {
  return crmTx(ctx, async (tx) => {
    const pageQuery = await recordListQuery(tx, ctx.tenantId, 'company', query)
    const { page, nextCursor } = await listCompanyPage(tx, ctx.tenantId, pageQuery)
    return { items: page.map((row) => toCompany(row)), nextCursor }
  })
}

/** The company with where it sits in its group: the chain above it and its direct subsidiaries. */
export function getCompanyDetail(ctx: TenantCtx, id: string): Promise<CompanyDetail> {
  return crmTx(ctx, async (tx) => {
    const row = await getCompanyRow(tx, ctx.tenantId, id)
    const [ancestors, children] = await Promise.all([
      ancestorsOf(tx, ctx.tenantId, id),
      childrenOf(tx, ctx.tenantId, id),
    ])
    return { ...toCompany(row), parentChain: ancestors.reverse(), children }
  })
}

/** The live people linked to the company, newest contact first, a page at a time. */
export function listCompanyPeople(
  ctx: TenantCtx,
  id: string,
  query: { cursor?: string; limit: number },
): Promise<CompanyPeople> {
  assertIdCursor('contact', query.cursor)
  return crmTx(ctx, async (tx) => {
    await getCompanyRow(tx, ctx.tenantId, id)
    const rows = await tx
      .select({ ...contactColumns, role: contactCompanies.role, isPrimary: contactCompanies.isPrimary })
      .from(contactCompanies)
      .innerJoin(contacts, eq(contacts.id, contactCompanies.contactId))
      .where(
        and(
          eq(contactCompanies.tenantId, ctx.tenantId),
          eq(contactCompanies.companyId, id),
          eq(contacts.tenantId, ctx.tenantId),
          isNull(contacts.deletedAt),
          query.cursor ? lt(contacts.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(contacts.id))
      .limit(query.limit + 1)
    const { page, nextCursor } = idPage(rows, query.limit)
    return {
      items: page.map(({ role, isPrimary, ...contact }) => ({
        contact: toContact(contact),
        role,
        isPrimary,
      })),
      nextCursor,
    }
  })
}
