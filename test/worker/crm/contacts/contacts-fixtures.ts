// Contacts test helpers: requests with each verb for a token, and custom field definitions.
import { expect } from 'vitest'
import { call, type TestTenant } from '../../../helpers/tenant.ts'

export type Caller = { token: string }

export const req = (who: Caller) => ({
  get: (path: string) => call(path, { token: who.token }),
  post: (path: string, body: unknown) =>
    call(path, { method: 'POST', token: who.token, body: JSON.stringify(body) }),
  patch: (path: string, body: unknown) =>
    call(path, { method: 'PATCH', token: who.token, body: JSON.stringify(body) }),
  del: (path: string) => call(path, { method: 'DELETE', token: who.token }),
})

/** Creates a contact through the API and answers it (fails the test on anything but 201). */
export async function createContact(who: Caller, body: Record<string, unknown>) {
  const res = await req(who).post('/api/v1/contacts', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

export async function defineField(t: TestTenant, body: Record<string, unknown>) {
  const res = await t.post('/api/v1/crm/fields', { entity: 'contact', ...body })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** The list with a filter, as the dashboard sends it. */
export function listWith(who: Caller, params: Record<string, unknown>) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value))
  return req(who).get(`/api/v1/contacts?${search}`)
}

export const names = (body: { items: { name: string }[] }) => body.items.map((c) => c.name)
