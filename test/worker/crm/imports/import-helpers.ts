// Import test helpers: uploads as the dashboard sends them, the crm consumer driven chunk by
// chunk until an import ends, and reads straight from Postgres.
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { deliver } from '../../../helpers/queue.ts'
import { call, type TestTenant } from '../../../helpers/tenant.ts'

export type Caller = { token: string }

export function upload(
  who: Caller,
  body: BodyInit,
  { entity = 'contact', filename = 'contacts.csv', type = 'text/csv' } = {},
) {
  const query = new URLSearchParams({ entity, filename })
  return call(`/api/v1/crm/imports?${query}`, {
    method: 'POST',
    token: who.token,
    headers: { 'content-type': type },
    body,
  })
}

/** Uploads `csv` and answers the stored import (fails the test on anything but 201). */
export async function uploaded(who: Caller, csv: string, options: { entity?: string } = {}) {
  const res = await upload(who, csv, options)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

export const post = (who: Caller, path: string, body: unknown) =>
  call(path, { method: 'POST', token: who.token, body: JSON.stringify(body) })

/**
 * Runs the import through the real `crm` consumer, one chunk per delivery from the import's
 * checkpoint, until it is done or failed; answers the import as it ended.
 */
export async function runToEnd(t: TestTenant, importId: string, maxChunks = 50) {
  for (let i = 0; i < maxChunks; i++) {
    const current = (await t.get(`/api/v1/crm/imports/${importId}`)).body
    if (current.status === 'done' || current.status === 'failed') return current
    const result = await deliver('crm', [
      { type: 'crm.import', tenantId: t.tenantId, importId, offset: current.processedRows },
    ])
    expect(result.retryMessages, 'the chunk failed').toHaveLength(0)
  }
  throw new Error(`import ${importId} did not finish in ${maxChunks} chunks`)
}

export type StoredContact = {
  id: string
  name: string
  email: string | null
  phone: string | null
  job_title: string | null
  tags: string[]
  custom_fields: Record<string, unknown>
  source: string | null
  branch_id: string | null
}

export async function storedContacts(tenantId: string): Promise<StoredContact[]> {
  const result = await asTenant(tenantId, (tx) =>
    tx.execute<StoredContact>(
      sql`select id, name, email, phone, job_title, tags, custom_fields, source, branch_id from contacts where tenant_id = ${tenantId} and deleted_at is null order by name, job_title nulls first`,
    ),
  )
  return result.rows
}

export async function countContacts(tenantId: string): Promise<number> {
  const result = await asTenant(tenantId, (tx) =>
    tx.execute<{ n: number }>(sql`select count(*)::int as n from contacts where tenant_id = ${tenantId}`),
  )
  return result.rows[0]?.n ?? 0
}

/** A contacts CSV of `rows` people, each with a unique e-mail, phone and a budget. */
export function peopleCsv(rows: number, prefix = 'p') {
  const lines = ['Full name,E-mail,Mobile,Company,Job title,Budget,Tags']
  for (let i = 0; i < rows; i++) {
    const n = String(i).padStart(5, '0')
    lines.push(
      `Person ${prefix}${n},${prefix}${n}@example.com,+1 415 55${n.slice(0, 1)} ${n.slice(1)},Company ${i % 50},Buyer,${i * 10},"vip;${prefix}"`,
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
