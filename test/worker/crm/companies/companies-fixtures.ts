// Companies test helpers: companies made through the API, and contact rows written straight into
// Postgres for states the API would not produce on its own.
import { expect } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { contactCompanies, contacts } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { as } from '../../team/team-helpers.ts'

export async function createCompany(who: { token: string }, body: Record<string, unknown>) {
  const res = await as(who.token).post('/api/v1/companies', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** A contact row with these custom field values (and optionally linked to a company). */
export async function seedContact(
  tenantId: string,
  c: {
    name: string
    customFields?: Record<string, unknown>
    companyId?: string
    deleted?: boolean
    role?: string
  },
) {
  const id = newId('contact')
  await asTenant(tenantId, async (tx) => {
    await tx.insert(contacts).values({
      id,
      tenantId,
      name: c.name,
      customFields: (c.customFields ?? {}) as Record<string, string>,
      deletedAt: c.deleted ? new Date() : null,
    })
    if (c.companyId)
      await tx
        .insert(contactCompanies)
        .values({ tenantId, contactId: id, companyId: c.companyId, role: c.role ?? null, isPrimary: true })
  })
  return id
}
