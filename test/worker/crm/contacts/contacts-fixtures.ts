// Contacts test helpers: contacts made through the API, their custom fields, and the list read
// with a filter.
import { expect } from 'vitest'
import { as } from '../../team/team-helpers.ts'
import { defineField as defineAnyField } from '../fields/field-fixtures.ts'

type Caller = { token: string }

/** Creates a contact through the API and answers it (fails the test on anything but 201). */
export async function createContact(who: Caller, body: Record<string, unknown>) {
  const res = await as(who.token).post('/api/v1/contacts', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** A custom field of contacts. */
export const defineField = (who: Caller, body: Record<string, unknown>) =>
  defineAnyField(who, { entity: 'contact', ...body })

/** The list with a filter, as the dashboard sends it. */
export function listWith(who: Caller, params: Record<string, unknown>) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value))
  return as(who.token).get(`/api/v1/contacts?${search}`)
}

export const names = (body: { items: { name: string }[] }) => body.items.map((c) => c.name)
