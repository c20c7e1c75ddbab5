// Custom field definitions, as the dashboard's settings page makes them.
import { expect } from 'vitest'
import { as } from '../../team/team-helpers.ts'

/** Defines a field (`body` names its entity) and answers it; fails the test on anything but 201. */
export async function defineField(who: { token: string }, body: Record<string, unknown>) {
  const res = await as(who.token).post('/api/v1/crm/fields', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

export const keysOf = (body: { items: { key: string }[] }) => body.items.map((f) => f.key)
