// The one builder of the queue message for a lead that came from a connected source, so every
// platform fills tenant, brand, branch and phone country the same way.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import { branches } from '../brands/brands.tables.ts'
import type { LeadMessage, LeadUtm } from '../leads/lead-message.ts'
import { branchForForm } from './branch-for.ts'
import type { SourceRow } from './sources.repo.ts'

export interface SourceLeadInput {
  /** `fb:…`, `g:…`, `li:…`, `wa:…`, `wh:{sourceId}:…` (see the contracts). */
  idempotencyKey: string
  contact: { name: string | null; email: string | null; phone: string | null }
  message?: string | null
  fields?: Record<string, string> | null
  externalId?: string | null
  formRef?: string | null
  utm?: LeadUtm | null
  /** When the platform says the lead was made; defaults to now. */
  submittedAt?: Date | string | null
  /** A `lead.fetch` message already chose the lead id; reuse it. */
  leadId?: string
  /** A country the platform states for the phone number; else the branch's address country. */
  phoneCountry?: string | null
}

const MAX_FIELD_VALUE = 2000

/**
 * A `lead.submitted` message for a lead of `source`. The contact stays raw: the consumer
 * normalises. Field values are capped so one odd answer cannot make the message unqueueable.
 * @example await sourceLeadMessage(ctx, source, { idempotencyKey: `g:${id}`, contact, fields })
 */
export async function sourceLeadMessage(
  ctx: Ctx,
  source: SourceRow,
  input: SourceLeadInput,
): Promise<LeadMessage> {
  const { brandId, branchId } = branchForForm(source, input.formRef)
  const submittedAt = input.submittedAt ? new Date(input.submittedAt) : ctx.now()
  const fields = input.fields
    ? Object.fromEntries(
        Object.entries(input.fields).map(([k, v]) => [k.slice(0, 100), v.slice(0, MAX_FIELD_VALUE)]),
      )
    : null
  return {
    kind: 'lead.submitted',
    leadId: input.leadId ?? newId('lead'),
    tenantId: source.tenantId,
    brandId,
    branchId,
    siteId: null,
    idempotencyKey: input.idempotencyKey,
    submittedAt: (Number.isNaN(submittedAt.getTime()) ? ctx.now() : submittedAt).toISOString(),
    source: source.kind,
    sourceId: source.id,
    formId: null,
    externalId: input.externalId?.slice(0, 200) ?? null,
    contact: {
      name: (input.contact.name ?? '').trim().slice(0, 200),
      email: input.contact.email?.trim().slice(0, 320) || null,
      phone: input.contact.phone?.trim().slice(0, 40) || null,
    },
    phoneCountry: validCountry(input.phoneCountry) ?? (await branchCountry(ctx, source.tenantId, branchId)),
    message: input.message?.slice(0, 5000) || null,
    fields: fields && Object.keys(fields).length > 0 ? fields : null,
    utm: input.utm ?? null,
  }
}

const validCountry = (code: string | null | undefined) =>
  code && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null

async function branchCountry(ctx: Ctx, tenantId: string, branchId: string): Promise<string | null> {
  const [row] = await ctx.d1
    .select({ address: branches.address })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId)))
    .limit(1)
  return validCountry(row?.address?.country)
}
