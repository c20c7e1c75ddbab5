// The companies a contact works for. One link is the primary one (lists, scoring and merges
// show it); the first link a contact gets is primary, and removing the primary promotes the oldest.
import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { findContactRow } from './contacts.repo.ts'
import type { ContactCompanyInput, ContactCompanyLink } from './contacts.schemas.ts'
import { companies, contactCompanies } from './contacts.tables.ts'
import { assertWritable } from './record-refs.ts'

/** A 400 naming `path` unless the company is live and visible to the actor. */
export async function assertCompanyVisible(tx: PgTx, tenantId: string, companyId: string, path: string) {
  const [row] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId), isNull(companies.deletedAt)))
  if (!row)
    throw new ApiError('BAD_REQUEST', `There is no company ${companyId}`, {
      errors: [{ path, message: 'Unknown company' }],
    })
}

async function requireContact(tx: PgTx, tenantId: string, contactId: string) {
  const contact = await findContactRow(tx, tenantId, contactId)
  if (!contact) throw new ApiError('NOT_FOUND', `Contact ${contactId} not found`)
  return contact
}

async function requireWritableContact(ctx: TenantCtx, tx: PgTx, contactId: string) {
  const contact = await requireContact(tx, ctx.tenantId, contactId)
  assertWritable(ctx, contact.branchId)
}

const linkOf = (tenantId: string, contactId: string, companyId: string) =>
  and(
    eq(contactCompanies.tenantId, tenantId),
    eq(contactCompanies.contactId, contactId),
    eq(contactCompanies.companyId, companyId),
  )

async function links(tx: PgTx, tenantId: string, contactId: string): Promise<ContactCompanyLink[]> {
  const rows = await tx
    .select({
      companyId: companies.id,
      name: companies.name,
      domain: companies.domain,
      role: contactCompanies.role,
      isPrimary: contactCompanies.isPrimary,
      createdAt: contactCompanies.createdAt,
    })
    .from(contactCompanies)
    .innerJoin(companies, eq(companies.id, contactCompanies.companyId))
    .where(
      and(
        eq(contactCompanies.tenantId, tenantId),
        eq(contactCompanies.contactId, contactId),
        isNull(companies.deletedAt),
      ),
    )
    .orderBy(desc(contactCompanies.isPrimary), asc(companies.name), asc(companies.id))
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}

export function listContactCompanies(ctx: TenantCtx, contactId: string) {
  return crmTx(ctx, async (tx) => {
    await requireContact(tx, ctx.tenantId, contactId)
    return links(tx, ctx.tenantId, contactId)
  })
}

async function hasPrimary(tx: PgTx, tenantId: string, contactId: string, exceptCompanyId: string) {
  const rows = await tx
    .select({ companyId: contactCompanies.companyId })
    .from(contactCompanies)
    .where(
      and(
        eq(contactCompanies.tenantId, tenantId),
        eq(contactCompanies.contactId, contactId),
        eq(contactCompanies.isPrimary, true),
      ),
    )
  return rows.some((r) => r.companyId !== exceptCompanyId)
}

/** Links the company (or changes the link's role and primacy); answers every link after. */
export async function linkCompany(ctx: TenantCtx, contactId: string, input: ContactCompanyInput) {
  const result = await crmTx(ctx, async (tx) => {
    await requireWritableContact(ctx, tx, contactId)
    await assertCompanyVisible(tx, ctx.tenantId, input.companyId, 'companyId')
    const isPrimary = input.isPrimary || !(await hasPrimary(tx, ctx.tenantId, contactId, input.companyId))
    if (isPrimary)
      await tx
        .update(contactCompanies)
        .set({ isPrimary: false })
        .where(and(eq(contactCompanies.tenantId, ctx.tenantId), eq(contactCompanies.contactId, contactId)))
    const role = input.role ?? null
    await tx
      .insert(contactCompanies)
      .values({ tenantId: ctx.tenantId, contactId, companyId: input.companyId, role, isPrimary })
      .onConflictDoUpdate({
        target: [contactCompanies.contactId, contactCompanies.companyId],
        set: { role, isPrimary },
      })
    return links(tx, ctx.tenantId, contactId)
  })
  await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId: ctx.tenantId, contactIds: [contactId] }])
  return result
}

export async function unlinkCompany(ctx: TenantCtx, contactId: string, companyId: string): Promise<void> {
  await crmTx(ctx, async (tx) => {
    await requireWritableContact(ctx, tx, contactId)
    const [removed] = await tx
      .delete(contactCompanies)
      .where(linkOf(ctx.tenantId, contactId, companyId))
      .returning({ isPrimary: contactCompanies.isPrimary })
    if (!removed)
      throw new ApiError('NOT_FOUND', `Contact ${contactId} is not linked to company ${companyId}`)
    if (removed.isPrimary) await promoteOldest(tx, ctx.tenantId, contactId)
  })
  await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId: ctx.tenantId, contactIds: [contactId] }])
}

async function promoteOldest(tx: PgTx, tenantId: string, contactId: string) {
  const [next] = await tx
    .select({ companyId: contactCompanies.companyId })
    .from(contactCompanies)
    .where(and(eq(contactCompanies.tenantId, tenantId), eq(contactCompanies.contactId, contactId)))
    .orderBy(asc(contactCompanies.createdAt), asc(contactCompanies.companyId))
    .limit(1)
  if (next)
    await tx
      .update(contactCompanies)
      .set({ isPrimary: true })
      .where(linkOf(tenantId, contactId, next.companyId))
}
