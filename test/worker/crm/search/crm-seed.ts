// CRM records written straight into Postgres (as the tenant, every branch), so search,
// duplicate and merge tests depend only on the tables, not on other screens' routes.
import { and, asc, eq } from 'drizzle-orm'
import { newId } from '../../../../worker/lib/ids.ts'
import {
  activities,
  attachments,
  companies,
  contactCompanies,
  contacts,
  deals,
  ensureDefaultPipeline,
  stages,
} from '../../../../worker/modules/crm/index.ts'
import { leads, leadTouches } from '../../../../worker/modules/leads/leads.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'

type Tenant = { tenantId: string; brandId: string; branchId: string }

export interface SeedContact {
  name: string
  email?: string | null
  phone?: string | null
  otherEmails?: string[]
  otherPhones?: string[]
  jobTitle?: string | null
  branchId?: string | null
  tags?: string[]
  customFields?: Record<string, string | number>
  deleted?: boolean
}

export async function seedContact(t: Tenant, c: SeedContact): Promise<string> {
  const id = newId('contact')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(contacts).values({
      id,
      tenantId: t.tenantId,
      name: c.name,
      email: c.email ?? null,
      phone: c.phone ?? null,
      otherEmails: c.otherEmails ?? [],
      otherPhones: c.otherPhones ?? [],
      jobTitle: c.jobTitle ?? null,
      branchId: c.branchId === undefined ? t.branchId : c.branchId,
      tags: c.tags ?? [],
      customFields: c.customFields ?? {},
      deletedAt: c.deleted ? new Date() : null,
    }),
  )
  return id
}

export async function seedCompany(
  t: Tenant,
  c: {
    name: string
    domain?: string
    website?: string
    industry?: string
    parentId?: string
    branchId?: string | null
  },
) {
  const id = newId('company')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(companies).values({
      id,
      tenantId: t.tenantId,
      name: c.name,
      domain: c.domain ?? null,
      website: c.website ?? null,
      industry: c.industry ?? null,
      parentId: c.parentId ?? null,
      branchId: c.branchId === undefined ? t.branchId : c.branchId,
    }),
  )
  return id
}

export const linkCompany = (t: Tenant, contactId: string, companyId: string, isPrimary = true) =>
  asTenant(t.tenantId, (tx) =>
    tx.insert(contactCompanies).values({ tenantId: t.tenantId, contactId, companyId, isPrimary }),
  )

export async function seedDeal(t: Tenant, d: { name: string; contactId?: string; companyId?: string }) {
  const id = newId('deal')
  await asTenant(t.tenantId, async (tx) => {
    const pipelineId = await ensureDefaultPipeline(tx, t.tenantId)
    const [stage] = await tx
      .select({ id: stages.id })
      .from(stages)
      .where(and(eq(stages.pipelineId, pipelineId)))
      .orderBy(asc(stages.position))
      .limit(1)
    await tx.insert(deals).values({
      id,
      tenantId: t.tenantId,
      pipelineId,
      stageId: stage!.id,
      name: d.name,
      contactId: d.contactId ?? null,
      companyId: d.companyId ?? null,
      branchId: t.branchId,
    })
  })
  return id
}

export async function seedNote(
  t: Tenant,
  n: { body: string; subject?: string; contactId?: string; companyId?: string; type?: 'note' | 'call' },
) {
  const id = newId('activity')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(activities).values({
      id,
      tenantId: t.tenantId,
      type: n.type ?? 'note',
      subject: n.subject ?? null,
      body: n.body,
      contactId: n.contactId ?? null,
      companyId: n.companyId ?? null,
    }),
  )
  return id
}

/** A lead with its first touch for `contactId`, as the lead pipeline files them. */
export async function seedLead(t: Tenant, contactId: string) {
  const id = newId('lead')
  await asTenant(t.tenantId, async (tx) => {
    const row = {
      tenantId: t.tenantId,
      contactId,
      branchId: t.branchId,
      source: 'microsite_form' as const,
      fields: { name: 'x' },
      idempotencyKey: `k:${id}`,
    }
    await tx.insert(leads).values({ ...row, id, brandId: t.brandId })
    await tx.insert(leadTouches).values({ ...row, id: newId('leadTouch'), leadId: id })
  })
  return id
}

export async function seedAttachment(t: Tenant, entity: 'contact' | 'company', entityId: string) {
  const id = newId('attachment')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(attachments).values({
      id,
      tenantId: t.tenantId,
      entity,
      entityId,
      branchId: t.branchId,
      r2Key: `crm/${t.tenantId}/${id}`,
      filename: 'quote.pdf',
      contentType: 'application/pdf',
      byteSize: 10,
      sha256: '0'.repeat(64),
    }),
  )
  return id
}
