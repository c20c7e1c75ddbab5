import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/audit.service.ts'
import { writeUndo } from '../bulk/undo-log.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { mergeCustomFields, validateCustomFields } from '../fields/validate-fields.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { assertCompanyVisible } from './contact-companies.service.ts'
import { asClash, assertNoClash, normaliseIdentity } from './contact-identity.ts'
import type { ContactRow } from './contact-view.ts'
import { findContactRow, getContact } from './contacts.repo.ts'
import type { Contact, ContactInput, ContactPatch } from './contacts.schemas.ts'
import { contactCompanies, contacts } from './contacts.tables.ts'
import {
  assertBranchUsable,
  assertOwnerIsMember,
  assertWritable,
  branchCountry,
  defaultBranchFor,
} from './record-refs.ts'

const CONSENTS = ['consentEmail', 'consentWhatsapp', 'consentSms'] as const

/** Asks the scoring job to recompute these contacts (after the change committed). */
const rescore = (ctx: TenantCtx, contactIds: string[]) =>
  sendCrmMessages(ctx, [{ type: 'crm.score', tenantId: ctx.tenantId, contactIds }])

export async function createContact(ctx: TenantCtx, input: ContactInput): Promise<Contact> {
  const branchId = input.branchId ?? defaultBranchFor(ctx)
  const branch = branchId ? await assertBranchUsable(ctx, branchId) : null
  const ownerUserId =
    input.ownerUserId !== undefined ? input.ownerUserId : ctx.actor.kind === 'user' ? ctx.actor.userId : null
  if (ownerUserId) await assertOwnerIsMember(ctx, ownerUserId)
  const identity = normaliseIdentity(input, input.phoneCountry ?? branch?.country ?? null)
  const id = newId('contact')
  const now = ctx.now()
  const contact = await crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'contact')
    const customFields = mergeCustomFields(
      {},
      validateCustomFields(defs, input.customFields, { partial: false }),
    )
    const email = identity.email ?? null
    const phone = identity.phone ?? null
    await assertNoClash(tx, ctx.tenantId, { email, phone })
    if (input.companyId) await assertCompanyVisible(tx, ctx.tenantId, input.companyId, 'companyId')
    await tx.insert(contacts).values({
      id,
      tenantId: ctx.tenantId,
      name: input.name,
      email,
      phone,
      otherEmails: identity.otherEmails ?? [],
      otherPhones: identity.otherPhones ?? [],
      jobTitle: input.jobTitle ?? null,
      ownerUserId,
      branchId,
      tags: input.tags ?? [],
      lifecycleStage: input.lifecycleStage ?? 'lead',
      source: input.source ?? 'manual',
      consentEmail: input.consentEmail ?? false,
      consentWhatsapp: input.consentWhatsapp ?? false,
      consentSms: input.consentSms ?? false,
      consentUpdatedAt: CONSENTS.some((k) => input[k] !== undefined) ? now : null,
      customFields,
      createdAt: now,
      updatedAt: now,
    })
    if (input.companyId)
      await tx
        .insert(contactCompanies)
        .values({ tenantId: ctx.tenantId, contactId: id, companyId: input.companyId, isPrimary: true })
    return getContact(tx, ctx.tenantId, id)
  }).catch((error: unknown) => {
    throw asClash(error)
  })
  await rescore(ctx, [id])
  return contact
}

async function branchFor(ctx: TenantCtx, current: ContactRow, patch: ContactPatch) {
  if (patch.branchId === undefined) return { branchId: current.branchId, country: null }
  if (patch.branchId === null) return { branchId: defaultBranchFor(ctx), country: null }
  return { branchId: patch.branchId, country: (await assertBranchUsable(ctx, patch.branchId)).country }
}

/** The columns a patch changes, checked and normalised against the contact as it is. */
async function changesOf(ctx: TenantCtx, tx: PgTx, current: ContactRow, patch: ContactPatch) {
  const { branchId, country } = await branchFor(ctx, current, patch)
  assertWritable(ctx, branchId)
  if (patch.ownerUserId) await assertOwnerIsMember(ctx, patch.ownerUserId)
  const needsCountry = patch.phone || patch.otherPhones?.length
  const phoneCountry =
    patch.phoneCountry ?? country ?? (needsCountry && branchId ? await branchCountry(ctx, branchId) : null)
  const identity = normaliseIdentity(patch, phoneCountry)
  const email = identity.email === undefined ? current.email : identity.email
  const phone = identity.phone === undefined ? current.phone : identity.phone
  if (email !== current.email || phone !== current.phone)
    await assertNoClash(
      tx,
      ctx.tenantId,
      { email: email !== current.email ? email : null, phone: phone !== current.phone ? phone : null },
      current.id,
    )
  let customFields: ContactRow['customFields'] | undefined
  if (patch.customFields !== undefined) {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'contact')
    const checked = validateCustomFields(defs, patch.customFields, { partial: true })
    customFields = mergeCustomFields(current.customFields, checked)
  }
  const consentChanged = CONSENTS.some((k) => patch[k] !== undefined && patch[k] !== current[k])
  const { phoneCountry: _country, customFields: _custom, ...fields } = patch
  return {
    ...fields,
    ...identity,
    branchId,
    ...(customFields ? { customFields } : {}),
    ...(consentChanged ? { consentUpdatedAt: ctx.now() } : {}),
    updatedAt: ctx.now(),
  }
}

export async function updateContact(ctx: TenantCtx, id: string, patch: ContactPatch): Promise<Contact> {
  const contact = await crmTx(ctx, async (tx) => {
    const current = await findContactRow(tx, ctx.tenantId, id)
    if (!current) throw new ApiError('NOT_FOUND', `Contact ${id} not found`)
    assertWritable(ctx, current.branchId)
    await tx
      .update(contacts)
      .set(await changesOf(ctx, tx, current, patch))
      .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, id)))
    return getContact(tx, ctx.tenantId, id)
  }).catch((error: unknown) => {
    throw asClash(error)
  })
  await rescore(ctx, [id])
  return contact
}

/**
 * Soft delete: the contact leaves every list at once and can be brought back with
 * POST /crm/undo/{crmUndoId} until the undo window ends; the daily purge then removes it.
 */
export async function deleteContact(ctx: TenantCtx, id: string) {
  const now = ctx.now()
  const undo = await crmTx(ctx, async (tx) => {
    const current = await findContactRow(tx, ctx.tenantId, id)
    if (!current) throw new ApiError('NOT_FOUND', `Contact ${id} not found`)
    assertWritable(ctx, current.branchId)
    await tx
      .update(contacts)
      .set({ deletedAt: now })
      .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, id)))
    const before = { [id]: { deletedAt: null } }
    return writeUndo(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      entity: 'contact',
      action: 'delete',
      before,
      now,
    })
  })
  await recordAudit(ctx, {
    action: 'crm.contact_deleted',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'contact', id },
    metadata: { crmUndoId: undo.crmUndoId },
  })
  return { deleted: true as const, crmUndoId: undo.crmUndoId, undoExpiresAt: undo.expiresAt.toISOString() }
}
