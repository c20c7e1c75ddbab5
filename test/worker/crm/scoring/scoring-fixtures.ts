// Lead-scoring test helpers: the facts rules look at (leads, touches with and without a QR
// visit, activities, custom fields, companies), written straight into Postgres.
import { sql } from 'drizzle-orm'
import { newId } from '../../../../worker/lib/ids.ts'
import { activities, contactCompanies, crmFields } from '../../../../worker/modules/crm/index.ts'
import { leads, leadTouches } from '../../../../worker/modules/leads/leads.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import type { TestTenant } from '../../../helpers/tenant.ts'
import { seedCompany } from '../files/files-fixtures.ts'

export { seedCompany, seedContact } from '../files/files-fixtures.ts'

const DAY_MS = 24 * 60 * 60 * 1000
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS)

/** A lead of the contact with one touch per entry; `visit` marks a touch that came through a QR scan. */
export async function seedLead(t: TestTenant, contactId: string, touches: { at: Date; visit?: boolean }[]) {
  const leadId = newId('lead')
  await asTenant(t.tenantId, async (tx) => {
    await tx.insert(leads).values({
      id: leadId,
      tenantId: t.tenantId,
      contactId,
      brandId: t.brandId,
      branchId: t.branchId,
      source: 'microsite_form',
      fields: {},
      idempotencyKey: `k:${leadId}`,
      createdAt: touches[0]?.at ?? new Date(),
    })
    for (const touch of touches)
      await tx.insert(leadTouches).values({
        id: newId('leadTouch'),
        tenantId: t.tenantId,
        leadId,
        contactId,
        source: 'microsite_form',
        branchId: t.branchId,
        fields: {},
        visitId: touch.visit ? `scan_${crypto.randomUUID()}` : null,
        idempotencyKey: `k:${crypto.randomUUID()}`,
        createdAt: touch.at,
      })
  })
  return leadId
}

export async function seedActivity(
  t: TestTenant,
  contactId: string,
  values: {
    type: 'call' | 'meeting' | 'note' | 'email' | 'task'
    at?: Date
    dueAt?: Date
    completedAt?: Date
  },
) {
  await asTenant(t.tenantId, (tx) =>
    tx.insert(activities).values({
      id: newId('activity'),
      tenantId: t.tenantId,
      contactId,
      type: values.type,
      body: `A ${values.type}`,
      dueAt: values.dueAt ?? null,
      completedAt: values.completedAt ?? null,
      createdAt: values.at ?? new Date(),
    }),
  )
}

export async function defineField(
  t: TestTenant,
  entity: 'contact' | 'company',
  key: string,
  type: 'number' | 'text',
) {
  await asTenant(t.tenantId, (tx) =>
    tx
      .insert(crmFields)
      .values({ id: newId('crmField'), tenantId: t.tenantId, entity, key, label: key, type }),
  )
}

export async function linkPrimaryCompany(t: TestTenant, contactId: string, values: { employees: number }) {
  const companyId = await seedCompany(t, values)
  await asTenant(t.tenantId, (tx) =>
    tx.insert(contactCompanies).values({ tenantId: t.tenantId, contactId, companyId, isPrimary: true }),
  )
  return companyId
}

export interface StoredScore {
  id: string
  score: number
  score_reasons: { ruleId: string; label: string; points: number }[]
  scored_at: Date | null
}

export const scoresOf = (tenantId: string) =>
  asTenant(tenantId, async (tx) => {
    const { rows } = await tx.execute(
      sql`select id, score, score_reasons, scored_at from contacts where tenant_id = ${tenantId} order by id`,
    )
    return new Map((rows as unknown as StoredScore[]).map((row) => [row.id, row]))
  })
