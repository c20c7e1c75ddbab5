// One page of an export per entity: live records matching the filter, in id order after the
// last one sent (ids sort by creation, and the primary key serves the keyset), with the names
// the columns show joined in. Row level security leaves out what the reader may not see.
import { and, asc, eq, getTableColumns, gt, isNull, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import { deals, pipelines, stages } from '../deals/deals.tables.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { liveWhere, type RecordTable } from '../shared/live-records.ts'

export type ExportRow = { id: string } & Record<string, unknown>

type Page = (
  tx: PgTx,
  tenantId: string,
  where: SQL | undefined,
  limit: number,
  after?: string,
) => Promise<ExportRow[]>

/** The live records matching `where` whose ids come after `after`, the last one sent. */
const pageWhere = (table: RecordTable, tenantId: string, where: SQL | undefined, after?: string) =>
  liveWhere(table, tenantId, where, after ? gt(table.id, after) : undefined)

const contactPage: Page = (tx, tenantId, where, limit, after) => {
  const { search: _s, phoneDigits: _p, ...columns } = getTableColumns(contacts)
  return tx
    .select({
      ...columns,
      company: sql<
        string | null
      >`(select ${companies.name} from ${contactCompanies} join ${companies} on ${companies.id} = ${contactCompanies.companyId} where ${contactCompanies.contactId} = ${contacts.id} and ${contactCompanies.isPrimary} and ${companies.deletedAt} is null limit 1)`,
    })
    .from(contacts)
    .where(pageWhere(contacts, tenantId, where, after))
    .orderBy(asc(contacts.id))
    .limit(limit)
}

const parents = alias(companies, 'parent')

const companyPage: Page = (tx, tenantId, where, limit, after) => {
  const { search: _s, ...columns } = getTableColumns(companies)
  return tx
    .select({ ...columns, parent: parents.name })
    .from(companies)
    .leftJoin(parents, and(eq(parents.id, companies.parentId), isNull(parents.deletedAt)))
    .where(pageWhere(companies, tenantId, where, after))
    .orderBy(asc(companies.id))
    .limit(limit)
}

const dealPage: Page = (tx, tenantId, where, limit, after) => {
  const { search: _s, ...columns } = getTableColumns(deals)
  return tx
    .select({
      ...columns,
      pipeline: pipelines.name,
      stage: stages.name,
      contact: contacts.name,
      company: companies.name,
    })
    .from(deals)
    .innerJoin(pipelines, eq(pipelines.id, deals.pipelineId))
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .leftJoin(contacts, and(eq(contacts.id, deals.contactId), isNull(contacts.deletedAt)))
    .leftJoin(companies, and(eq(companies.id, deals.companyId), isNull(companies.deletedAt)))
    .where(pageWhere(deals, tenantId, where, after))
    .orderBy(asc(deals.id))
    .limit(limit)
}

export const EXPORT_PAGES: Record<CrmEntity, Page> = {
  contact: contactPage,
  company: companyPage,
  deal: dealPage,
}

/** How many live records match, for the truncation flag and the audit entry. */
export async function countMatching(tx: PgTx, entity: CrmEntity, tenantId: string, where: SQL | undefined) {
  const table = { contact: contacts, company: companies, deal: deals }[entity]
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(liveWhere(table, tenantId, where))
  return row?.n ?? 0
}
