// Companies and custom fields test helpers: requests with every verb for a token, and rows
// written straight into Postgres for states the API would not produce on its own.
import { env } from 'cloudflare:test'
import { expect } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { connectPg, type PgTx, withTenant } from '../../../../worker/lib/pg.ts'
import { contactCompanies, contacts } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { call } from '../../../helpers/tenant.ts'

export type Caller = { token: string }

export const api = (who: Caller) => ({
  get: (path: string) => call(path, { token: who.token }),
  post: (path: string, body: unknown) =>
    call(path, { method: 'POST', token: who.token, body: JSON.stringify(body) }),
  patch: (path: string, body: unknown) =>
    call(path, { method: 'PATCH', token: who.token, body: JSON.stringify(body) }),
  del: (path: string) => call(path, { method: 'DELETE', token: who.token }),
})

/** Runs `fn` as the tenant (every branch) on a connection of its own. */
export async function asTenant<T>(tenantId: string, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    return await withTenant(pg.db, tenantId, fn)
  } finally {
    await pg.close()
  }
}

export async function defineField(who: Caller, body: Record<string, unknown>) {
  const res = await api(who).post('/api/v1/crm/fields', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

export async function createCompany(who: Caller, body: Record<string, unknown>) {
  const res = await api(who).post('/api/v1/companies', body)
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

export const keysOf = (body: { items: { key: string }[] }) => body.items.map((f) => f.key)
