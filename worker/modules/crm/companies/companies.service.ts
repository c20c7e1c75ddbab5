// Creating, changing and deleting companies. Owner and branch follow the contacts' rules; the
// domain is normalised and unique among live companies; the parent may not close a loop.
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/audit.service.ts'
import { normalisePhone } from '../../leads/pipeline/normalise.ts'
import { writeUndo } from '../bulk/undo-log.ts'
import { companies } from '../contacts/contacts.tables.ts'
import {
  assertBranchUsable,
  assertOwnerIsMember,
  assertWritable,
  branchCountry,
  defaultBranchFor,
} from '../contacts/record-refs.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { isUniqueViolation } from '../fields/pg-errors.ts'
import { mergeCustomFields, validateCustomFields } from '../fields/validate-fields.ts'
import { findDomainHolder, getCompanyRow } from './companies.repo.ts'
import type { Company, CompanyInput, CompanyPatch } from './companies.schemas.ts'
import { normaliseDomain, normaliseWebsite } from './company-domain.ts'
import { assertParentAllowed } from './company-hierarchy.ts'
import { type CompanyRow, toCompany } from './company-view.ts'

const domainTaken = (domain: string, holder?: { id: string; name: string }) =>
  new ApiError(
    'CONFLICT',
    holder
      ? `${holder.name} (${holder.id}) already has the domain ${domain}`
      : `Another company already has the domain ${domain}`,
    { errors: [{ path: 'domain', message: `${domain} belongs to another company` }] },
  )

/** The unique index is the last word (a holder outside the actor's branches is invisible to them). */
const asDomainClash = (domain: string | null) => (error: unknown) => {
  if (domain && isUniqueViolation(error, 'companies_tenant_domain')) throw domainTaken(domain)
  throw error
}

function phoneOf(raw: string | null | undefined, country: string | null): string | null | undefined {
  if (raw === undefined) return undefined
  if (raw === null || raw.trim() === '') return null
  const phone = normalisePhone(raw, country)
  if (!phone)
    throw new ApiError('BAD_REQUEST', `“${raw}” is not a valid phone number`, {
      errors: [{ path: 'phone', message: 'Give the number with its country code (+…), or set phoneCountry' }],
    })
  return phone
}

async function assertDomainFree(tx: PgTx, tenantId: string, domain: string | null, exceptId?: string) {
  if (!domain) return
  const holder = await findDomainHolder(tx, tenantId, domain, exceptId)
  if (holder) throw domainTaken(domain, holder)
}

export async function createCompany(ctx: TenantCtx, input: CompanyInput): Promise<Company> {
  const branchId = input.branchId ?? defaultBranchFor(ctx)
  const branch = branchId ? await assertBranchUsable(ctx, branchId) : null
  const ownerUserId =
    input.ownerUserId !== undefined ? input.ownerUserId : ctx.actor.kind === 'user' ? ctx.actor.userId : null
  if (ownerUserId) await assertOwnerIsMember(ctx, ownerUserId)
  const domain = normaliseDomain(input.domain)
  const website = normaliseWebsite(input.website)
  const phone = phoneOf(input.phone, input.phoneCountry ?? branch?.country ?? null) ?? null
  const id = newId('company')
  const now = ctx.now()
  const row = await crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'company')
    const customFields = mergeCustomFields(
      {},
      validateCustomFields(defs, input.customFields, { partial: false }),
    )
    await assertDomainFree(tx, ctx.tenantId, domain)
    if (input.parentId) await assertParentAllowed(tx, ctx.tenantId, null, input.parentId)
    await tx.insert(companies).values({
      id,
      tenantId: ctx.tenantId,
      name: input.name,
      domain,
      parentId: input.parentId ?? null,
      industry: input.industry ?? null,
      employees: input.employees ?? null,
      phone,
      website,
      city: input.city ?? null,
      country: input.country ?? null,
      ownerUserId,
      branchId,
      tags: input.tags ?? [],
      customFields,
      createdAt: now,
      updatedAt: now,
    })
    return getCompanyRow(tx, ctx.tenantId, id)
  }).catch(asDomainClash(domain))
  return toCompany(row)
}

async function branchFor(ctx: TenantCtx, current: CompanyRow, patch: CompanyPatch) {
  if (patch.branchId === undefined) return { branchId: current.branchId, country: null }
  if (patch.branchId === null) return { branchId: defaultBranchFor(ctx), country: null }
  return { branchId: patch.branchId, country: (await assertBranchUsable(ctx, patch.branchId)).country }
}

/** The columns a patch changes, checked and normalised against the company as it is. */
async function changesOf(ctx: TenantCtx, tx: PgTx, current: CompanyRow, patch: CompanyPatch) {
  const { branchId, country } = await branchFor(ctx, current, patch)
  assertWritable(ctx, branchId)
  if (patch.ownerUserId) await assertOwnerIsMember(ctx, patch.ownerUserId)
  const domain = patch.domain === undefined ? undefined : normaliseDomain(patch.domain)
  if (domain !== undefined && domain !== current.domain)
    await assertDomainFree(tx, ctx.tenantId, domain, current.id)
  if (patch.parentId) await assertParentAllowed(tx, ctx.tenantId, current.id, patch.parentId)
  const phoneCountry =
    patch.phoneCountry ?? country ?? (patch.phone && branchId ? await branchCountry(ctx, branchId) : null)
  let customFields: CompanyRow['customFields'] | undefined
  if (patch.customFields !== undefined) {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'company')
    customFields = mergeCustomFields(
      current.customFields,
      validateCustomFields(defs, patch.customFields, { partial: true }),
    )
  }
  const { phoneCountry: _country, customFields: _fields, ...fields } = patch
  return {
    ...fields,
    branchId,
    ...(domain !== undefined ? { domain } : {}),
    ...(patch.website !== undefined ? { website: normaliseWebsite(patch.website) } : {}),
    ...(patch.phone !== undefined ? { phone: phoneOf(patch.phone, phoneCountry) } : {}),
    ...(customFields ? { customFields } : {}),
    updatedAt: ctx.now(),
  }
}

export async function updateCompany(ctx: TenantCtx, id: string, patch: CompanyPatch): Promise<Company> {
  const domain = patch.domain === undefined ? null : normaliseDomain(patch.domain)
  const row = await crmTx(ctx, async (tx) => {
    const current = await getCompanyRow(tx, ctx.tenantId, id)
    assertWritable(ctx, current.branchId)
    await tx
      .update(companies)
      .set(await changesOf(ctx, tx, current, patch))
      .where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.id, id)))
    return getCompanyRow(tx, ctx.tenantId, id)
  }).catch(asDomainClash(domain))
  return toCompany(row)
}

/**
 * Soft delete: the company leaves every list at once and can be brought back with
 * POST /crm/undo/{crmUndoId} until the undo window ends; the daily purge then removes it (its
 * subsidiaries then lose their parent, its contact links go with it).
 */
export async function deleteCompany(ctx: TenantCtx, id: string) {
  const now = ctx.now()
  const undo = await crmTx(ctx, async (tx) => {
    const current = await getCompanyRow(tx, ctx.tenantId, id)
    assertWritable(ctx, current.branchId)
    await tx
      .update(companies)
      .set({ deletedAt: now })
      .where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.id, id)))
    const before = { [id]: { deletedAt: null } }
    return writeUndo(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      entity: 'company',
      action: 'delete',
      before,
      now,
    })
  })
  await recordAudit(ctx, {
    action: 'crm.company_deleted',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'company', id },
    metadata: { crmUndoId: undo.crmUndoId },
  })
  return { deleted: true as const, crmUndoId: undo.crmUndoId, undoExpiresAt: undo.expiresAt.toISOString() }
}
