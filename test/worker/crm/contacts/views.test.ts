import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../../helpers/api-key.ts'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../leads/inbox-fixtures.ts'
import { as } from '../../team/team-helpers.ts'
import { defineField } from './contacts-fixtures.ts'

const view = {
  entity: 'contact',
  name: 'Big budgets',
  filter: { match: 'all', conditions: [{ field: 'custom.budget', op: 'gte', value: 1000 }] },
  sort: { field: 'score', direction: 'desc' },
  columns: ['name', 'score', 'custom.budget'],
}

describe('saved views', () => {
  it('are personal: only their owner lists, changes or deletes them', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const colleague = await addMember(t, 'admin')
    const created = await t.post('/api/v1/crm/views', view)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ ...view, id: expect.stringMatching(/^view_/) })

    expect((await t.get('/api/v1/crm/views?entity=contact')).body.items).toHaveLength(1)
    expect((await t.get('/api/v1/crm/views?entity=deal')).body.items).toHaveLength(0)
    expect((await colleague.get('/api/v1/crm/views')).body.items).toHaveLength(0)
    const path = `/api/v1/crm/views/${created.body.id}`
    expect((await as(colleague.token).patch(path, { name: 'Mine now' })).status).toBe(404)
    expect((await as(colleague.token).del(path)).status).toBe(404)

    const renamed = await as(t.token).patch(path, { name: 'Whales', sort: null })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ name: 'Whales', sort: null, filter: view.filter })
    expect((await as(t.token).del(path)).status).toBe(204)
    expect((await t.get('/api/v1/crm/views')).body.items).toHaveLength(0)
  })

  it('must work when opened: filters and sorts are checked against the fields', async () => {
    const t = await createTestTenant()
    const unknownField = await t.post('/api/v1/crm/views', view)
    expect(unknownField.status).toBe(400)
    expect(unknownField.body.errors[0].path).toBe('filter.conditions.0.field')
    const badSort = await t.post('/api/v1/crm/views', {
      ...view,
      filter: { conditions: [] },
      sort: { field: 'tags' },
    })
    expect(badSort.status).toBe(400)
    const noName = await t.post('/api/v1/crm/views', { ...view, name: ' ', filter: { conditions: [] } })
    expect(noName.status).toBe(400)
    const badEntity = await t.post('/api/v1/crm/views', {
      ...view,
      entity: 'lead',
      filter: { conditions: [] },
    })
    expect(badEntity.status).toBe(400)
    expect((await t.get('/api/v1/crm/views')).body.items).toHaveLength(0)
  })

  it('belong to people, not API keys, and stay inside the tenant', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const created = await t.post('/api/v1/crm/views', { ...view, filter: { conditions: [] } })
    expect(created.status).toBe(201)
    expect((await as(other.token).patch(`/api/v1/crm/views/${created.body.id}`, { name: 'x' })).status).toBe(
      404,
    )
    expect((await as(other.token).del(`/api/v1/crm/views/${created.body.id}`)).status).toBe(404)
    const key = await apiKeyFor(t, ['crm:write'])
    expect((await as(key).get('/api/v1/crm/views')).status).toBe(403)
    // The API key can still work the contacts list itself.
    expect((await as(key).get('/api/v1/contacts')).status).toBe(200)
  })
})
