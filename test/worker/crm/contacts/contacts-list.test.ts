import { beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import { as } from '../../team/team-helpers.ts'
import { seedCompany } from '../search/crm-seed.ts'
import { createContact, defineField, listWith, names } from './contacts-fixtures.ts'

let t: TestTenant
let acme: string

beforeAll(async () => {
  t = await createTestTenant()
  await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
  await defineField(t, { key: 'plan', label: 'Plan', type: 'select', options: ['Basic', 'Pro'] })
  await defineField(t, {
    key: 'interests',
    label: 'Interests',
    type: 'multi_select',
    options: ['Wine', 'Vegan', 'Kids'],
  })
  await defineField(t, { key: 'renewal', label: 'Renewal', type: 'date' })
  acme = await seedCompany(t, { name: 'Acme', branchId: null })
  const people = [
    {
      name: 'Asha Rao',
      email: 'asha@example.com',
      phone: '+919876543210',
      tags: ['vip'],
      consentEmail: true,
      companyId: acme,
      customFields: { budget: 5000, plan: 'Pro', interests: ['Wine', 'Vegan'], renewal: '2025-06-01' },
    },
    {
      name: 'Ben Ito',
      email: 'ben@ito.dev',
      tags: ['vip', 'press'],
      lifecycleStage: 'customer',
      customFields: { budget: 800, plan: 'Basic', interests: ['Kids'], renewal: '2025-01-15' },
    },
    {
      name: 'Chen Wei',
      phone: '+14155550199',
      jobTitle: 'Buyer',
      lifecycleStage: 'qualified',
      customFields: { budget: 1200, interests: ['Wine'] },
    },
    { name: 'Dora Diaz', email: 'dora@example.com', customFields: { plan: 'Pro' } },
    { name: 'Emil Berg', email: 'emil@berg.se', tags: ['press'] },
  ]
  for (const p of people) await createContact(t, p)
})

describe('filtering contacts', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      'a number custom field',
      { conditions: [{ field: 'custom.budget', op: 'gte', value: 1000 }] },
      ['Asha Rao', 'Chen Wei'],
    ],
    [
      'a number range',
      { conditions: [{ field: 'custom.budget', op: 'between', value: [500, 1500] }] },
      ['Ben Ito', 'Chen Wei'],
    ],
    [
      'a select field',
      { conditions: [{ field: 'custom.plan', op: 'eq', value: 'Pro' }] },
      ['Asha Rao', 'Dora Diaz'],
    ],
    [
      'select not in',
      { conditions: [{ field: 'custom.plan', op: 'not_in', value: ['Pro'] }] },
      ['Ben Ito', 'Chen Wei', 'Emil Berg'],
    ],
    [
      'multi-select any',
      { conditions: [{ field: 'custom.interests', op: 'has_any', value: ['Vegan', 'Kids'] }] },
      ['Asha Rao', 'Ben Ito'],
    ],
    [
      'multi-select all',
      { conditions: [{ field: 'custom.interests', op: 'has_all', value: ['Wine', 'Vegan'] }] },
      ['Asha Rao'],
    ],
    [
      'an empty multi-select',
      { conditions: [{ field: 'custom.interests', op: 'is_empty' }] },
      ['Dora Diaz', 'Emil Berg'],
    ],
    [
      'a date field',
      { conditions: [{ field: 'custom.renewal', op: 'lt', value: '2025-03-01' }] },
      ['Ben Ito'],
    ],
    ['tags', { conditions: [{ field: 'tags', op: 'has_all', value: ['vip', 'press'] }] }, ['Ben Ito']],
    ['no tags', { conditions: [{ field: 'tags', op: 'is_empty' }] }, ['Chen Wei', 'Dora Diaz']],
    [
      'lifecycle stage',
      { conditions: [{ field: 'lifecycleStage', op: 'in', value: ['customer', 'qualified'] }] },
      ['Ben Ito', 'Chen Wei'],
    ],
    ['consent', { conditions: [{ field: 'consentEmail', op: 'eq', value: true }] }, ['Asha Rao']],
    [
      'text contains',
      { conditions: [{ field: 'email', op: 'contains', value: 'EXAMPLE' }] },
      ['Asha Rao', 'Dora Diaz'],
    ],
    ['empty job title', { conditions: [{ field: 'jobTitle', op: 'is_not_empty' }] }, ['Chen Wei']],
    ['part of a phone', { conditions: [{ field: 'phone', op: 'contains', value: '555 01' }] }, ['Chen Wei']],
    [
      'created relative to today',
      { conditions: [{ field: 'createdAt', op: 'gte', value: '-1d' }] },
      ['Asha Rao', 'Ben Ito', 'Chen Wei', 'Dora Diaz', 'Emil Berg'],
    ],
    ['created on a past day', { conditions: [{ field: 'createdAt', op: 'lte', value: '2020-01-01' }] }, []],
    [
      'any of two',
      {
        match: 'any',
        conditions: [
          { field: 'custom.plan', op: 'eq', value: 'Basic' },
          { field: 'tags', op: 'contains', value: 'press' },
        ],
      },
      ['Ben Ito', 'Emil Berg'],
    ],
  ]
  for (const [label, filter, expected] of cases) {
    it(`by ${label}`, async () => {
      const res = await listWith(t, { filter, sort: 'name', direction: 'asc' })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(names(res.body)).toEqual(expected)
    })
  }

  it('by linked company, and by having none', async () => {
    const linked = await listWith(t, {
      filter: { conditions: [{ field: 'companyId', op: 'eq', value: acme }] },
    })
    expect(names(linked.body)).toEqual(['Asha Rao'])
    const none = await listWith(t, {
      filter: { conditions: [{ field: 'companyId', op: 'is_empty' }] },
      sort: 'name',
      direction: 'asc',
    })
    expect(names(none.body)).toEqual(['Ben Ito', 'Chen Wei', 'Dora Diaz', 'Emil Berg'])
  })

  it('by free text: a misspelled name, part of an address, part of a national number', async () => {
    expect(names((await listWith(t, { q: 'Asha Roa' })).body)).toEqual(['Asha Rao'])
    expect(names((await listWith(t, { q: 'berg.s' })).body)).toEqual(['Emil Berg'])
    expect(names((await listWith(t, { q: '098765 432' })).body)).toEqual(['Asha Rao'])
    expect(names((await listWith(t, { filter: { q: 'chen' } })).body)).toEqual(['Chen Wei'])
  })

  it('refuses filters it cannot run with a 400 naming the condition', async () => {
    const bad: [unknown, string][] = [
      [{ conditions: [{ field: 'custom.nope', op: 'eq', value: 1 }] }, 'filter.conditions.0.field'],
      [{ conditions: [{ field: 'shoeSize', op: 'eq', value: 1 }] }, 'filter.conditions.0.field'],
      [
        {
          conditions: [
            { field: 'tags', op: 'eq', value: 'a' },
            { field: 'custom.budget', op: 'gte', value: 'lots' },
          ],
        },
        'filter.conditions.1.value',
      ],
      [{ conditions: [{ field: 'custom.budget', op: 'contains', value: '1' }] }, 'filter.conditions.0.op'],
      [{ conditions: [{ field: 'lifecycleStage', op: 'eq', value: 'hot' }] }, 'filter.conditions.0.value'],
      [{ conditions: [{ field: 'createdAt', op: 'gt', value: 'yesterday' }] }, 'filter.conditions.0.value'],
      [{ conditions: [{ field: 'custom.budget', op: 'between', value: [1] }] }, 'filter.conditions.0.value'],
    ]
    for (const [filter, path] of bad) {
      const res = await listWith(t, { filter })
      expect(res.status, JSON.stringify(filter)).toBe(400)
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    expect((await listWith(t, { filter: '{not json' })).status).toBe(400)
    expect((await listWith(t, { sort: 'tags' })).status).toBe(400)
    expect((await listWith(t, { cursor: 'garbage' })).status).toBe(400)
  })
})

describe('sorting and paging', () => {
  async function walk(params: Record<string, unknown>) {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await listWith(t, { ...params, limit: '2', ...(cursor ? { cursor } : {}) })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.items.length).toBeLessThanOrEqual(2)
      seen.push(...names(res.body))
      cursor = res.body.nextCursor
    } while (cursor)
    return seen
  }

  it('pages through every contact once, in order, by name', async () => {
    expect(await walk({ sort: 'name', direction: 'asc' })).toEqual([
      'Asha Rao',
      'Ben Ito',
      'Chen Wei',
      'Dora Diaz',
      'Emil Berg',
    ])
    expect(await walk({ sort: 'name', direction: 'desc' })).toEqual([
      'Emil Berg',
      'Dora Diaz',
      'Chen Wei',
      'Ben Ito',
      'Asha Rao',
    ])
  })

  it('newest change first by default, and by a custom number with blanks last', async () => {
    expect(await walk({})).toEqual(['Emil Berg', 'Dora Diaz', 'Chen Wei', 'Ben Ito', 'Asha Rao'])
    expect(await walk({ sort: 'custom.budget', direction: 'desc' })).toEqual([
      'Asha Rao',
      'Chen Wei',
      'Ben Ito',
      'Emil Berg',
      'Dora Diaz',
    ])
    const filtered = await walk({
      sort: 'createdAt',
      direction: 'asc',
      filter: { conditions: [{ field: 'tags', op: 'has_any', value: ['vip', 'press'] }] },
    })
    expect(filtered).toEqual(['Asha Rao', 'Ben Ito', 'Emil Berg'])
  })

  it('refuses a cursor made for another sort', async () => {
    const first = await listWith(t, { sort: 'name', direction: 'asc', limit: '1' })
    const res = await listWith(t, { sort: 'score', limit: '1', cursor: first.body.nextCursor })
    expect(res.status).toBe(400)
  })
})

describe('a branch-scoped manager', () => {
  it("sees only their branches' contacts and the organisation's, enforced by the database", async () => {
    const scoped = await createTestTenant({ role: 'manager', branchScoped: true })
    const harbour = await addBranch(scoped)
    const owner = await addMember(scoped, 'owner')
    const mine = await createContact(owner, { name: 'Mine', branchId: scoped.branchId })
    const theirs = await createContact(owner, { name: 'Theirs', branchId: harbour })
    const shared = await createContact(owner, { name: 'Shared' })
    expect(shared.branchId).toBeNull()

    expect(names((await listWith(scoped, { sort: 'name', direction: 'asc' })).body)).toEqual([
      'Mine',
      'Shared',
    ])
    expect(names((await listWith(owner, { sort: 'name', direction: 'asc' })).body)).toEqual([
      'Mine',
      'Shared',
      'Theirs',
    ])
    expect((await scoped.get(`/api/v1/contacts/${theirs.id}`)).status).toBe(404)
    expect((await as(scoped.token).patch(`/api/v1/contacts/${theirs.id}`, { name: 'x' })).status).toBe(404)
    expect((await as(scoped.token).patch(`/api/v1/contacts/${shared.id}`, { name: 'x' })).status).toBe(403)
    expect((await as(scoped.token).patch(`/api/v1/contacts/${mine.id}`, { name: 'Mine too' })).status).toBe(
      200,
    )

    const created = await createContact(scoped, { name: 'New here' })
    expect(created.branchId).toBe(scoped.branchId)
    const elsewhere = await scoped.post('/api/v1/contacts', { name: 'Elsewhere', branchId: harbour })
    expect(elsewhere.status).toBe(403)
    // An address held by a contact the manager cannot see is still refused, without naming it.
    await as(owner.token).patch(`/api/v1/contacts/${theirs.id}`, { email: 'hidden@example.com' })
    const clash = await scoped.post('/api/v1/contacts', { name: 'Clash', email: 'hidden@example.com' })
    expect(clash.status).toBe(409)
    expect(clash.body.detail).not.toContain(theirs.id)
  })
})
