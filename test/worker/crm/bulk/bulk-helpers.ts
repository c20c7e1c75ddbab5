// Bulk test helpers: contacts written straight into Postgres (fast, any state), and reads back.
import { sql } from 'drizzle-orm'
import { newId } from '../../../../worker/lib/ids.ts'
import { contacts } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import type { TestTenant } from '../../../helpers/tenant.ts'

type Seed = Partial<typeof contacts.$inferInsert> & { name: string }

export async function seedContacts(t: TestTenant, seeds: Seed[]): Promise<string[]> {
  const now = new Date()
  const rows = seeds.map((s) => ({
    id: newId('contact'),
    tenantId: t.tenantId,
    createdAt: now,
    updatedAt: now,
    ...s,
  }))
  await asTenant(t.tenantId, (tx) => tx.insert(contacts).values(rows))
  return rows.map((r) => r.id)
}

export type Row = {
  id: string
  name: string
  tags: string[]
  lifecycle_stage: string
  owner_user_id: string | null
  custom_fields: Record<string, unknown>
  deleted_at: Date | null
}

export async function rowsOf(t: TestTenant, ids: string[]): Promise<Row[]> {
  const result = await asTenant(t.tenantId, (tx) =>
    tx.execute<Row>(
      sql`select id, name, tags, lifecycle_stage, owner_user_id, custom_fields, deleted_at from contacts where tenant_id = ${t.tenantId} and id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) order by name`,
    ),
  )
  return result.rows
}
