import { and, eq, ne, or, type SQL } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { findLive } from '../shared/live-records.ts'
import { type SortedPageQuery, sortedPage } from '../shared/sorted-page.ts'
import { type ContactRow, contactColumns, toContact } from './contact-view.ts'
import type { Contact } from './contacts.schemas.ts'
import { contacts } from './contacts.tables.ts'

/** A live (not deleted) contact the transaction's actor may see, or undefined. */
export async function findContactRow(
  tx: PgTx,
  tenantId: string,
  id: string,
): Promise<ContactRow | undefined> {
  return findLive(tx, contacts, contactColumns, tenantId, id)
}

/**
 * The contact, or a 404: ids of other tenants, of branches outside the actor's scope (RLS hides
 * them) and of deleted contacts are all simply not found.
 */
export async function getContact(tx: PgTx, tenantId: string, id: string): Promise<Contact> {
  const row = await findContactRow(tx, tenantId, id)
  if (!row) throw new ApiError('NOT_FOUND', `Contact ${id} not found`)
  return toContact(row)
}

/**
 * The contact already holding this e-mail or phone (deleted ones too: the address stays theirs
 * until the purge). Reads past branch scope is not possible under RLS, so a scoped member may
 * miss a clash outside their branches; the unique index still refuses it (see isUniqueClash).
 */
export async function findClash(
  tx: PgTx,
  tenantId: string,
  identity: { email: string | null; phone: string | null },
  exceptId?: string,
): Promise<{ id: string; field: 'email' | 'phone'; deleted: boolean } | undefined> {
  const matches = [
    identity.email ? eq(contacts.email, identity.email) : undefined,
    identity.phone ? eq(contacts.phone, identity.phone) : undefined,
  ].filter((m): m is SQL => m !== undefined)
  if (matches.length === 0) return undefined
  const [row] = await tx
    .select({ id: contacts.id, email: contacts.email, deletedAt: contacts.deletedAt })
    .from(contacts)
    .where(
      and(eq(contacts.tenantId, tenantId), or(...matches), exceptId ? ne(contacts.id, exceptId) : undefined),
    )
    .limit(1)
  if (!row) return undefined
  const field = identity.email && row.email === identity.email ? 'email' : 'phone'
  return { id: row.id, field, deleted: row.deletedAt !== null }
}

/** One page of contacts matching the query's `where`, in its plan's order. */
export const listContactPage = (tx: PgTx, tenantId: string, query: SortedPageQuery) =>
  sortedPage(tx, contacts, contactColumns, tenantId, query)
