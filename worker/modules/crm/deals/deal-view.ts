import { getTableColumns } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { liveNames } from '../shared/live-records.ts'
import type { Deal } from './deals.schemas.ts'
import { deals } from './deals.tables.ts'

const { search: _search, ...columns } = getTableColumns(deals)

/** Every column a Deal shows (the search vector stays in the database). */
export const dealColumns = columns
export type DealRow = Omit<typeof deals.$inferSelect, 'search'>

export interface Parties {
  contacts: Map<string, string>
  companies: Map<string, string>
}

/** The only row → Deal mapping. A contact or company the reader may not see is named null. */
export function toDeal(row: DealRow, parties: Parties): Deal {
  const contactName = row.contactId ? parties.contacts.get(row.contactId) : undefined
  const companyName = row.companyId ? parties.companies.get(row.companyId) : undefined
  return {
    id: row.id,
    pipelineId: row.pipelineId,
    stageId: row.stageId,
    name: row.name,
    amountMinor: Number(row.amountMinor),
    currency: row.currency,
    expectedCloseDate: row.expectedCloseDate,
    ownerUserId: row.ownerUserId,
    branchId: row.branchId,
    contactId: row.contactId,
    companyId: row.companyId,
    contact: row.contactId && contactName !== undefined ? { id: row.contactId, name: contactName } : null,
    company: row.companyId && companyName !== undefined ? { id: row.companyId, name: companyName } : null,
    status: row.status,
    closeReason: row.closeReason,
    closedAt: row.closedAt?.toISOString() ?? null,
    position: row.position,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    version: row.version,
    customFields: row.customFields,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/**
 * Names of the contacts and companies the deals point at: two queries for a whole page, and
 * row level security leaves out those the reader may not see.
 */
export async function loadParties(tx: PgTx, tenantId: string, rows: readonly DealRow[]): Promise<Parties> {
  const contactIds = [...new Set(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])))]
  const companyIds = [...new Set(rows.flatMap((r) => (r.companyId ? [r.companyId] : [])))]
  return {
    contacts: await liveNames(tx, contacts, tenantId, contactIds),
    companies: await liveNames(tx, companies, tenantId, companyIds),
  }
}

export async function toDeals(tx: PgTx, tenantId: string, rows: readonly DealRow[]): Promise<Deal[]> {
  const parties = await loadParties(tx, tenantId, rows)
  return rows.map((row) => toDeal(row, parties))
}
