import { beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { as } from '../../team/team-helpers.ts'
import { defineField } from '../fields/field-fixtures.ts'
import { createCompany } from './companies-fixtures.ts'

let t: TestTenant

beforeAll(async () => {
  t = await createTestTenant()
  await defineField(t, { entity: 'company', key: 'arr', label: 'ARR', type: 'number' })
  const rows = [
    {
      name: 'Northwind Traders',
      domain: 'northwind.example',
      industry: 'Food',
      employees: 40,
      customFields: { arr: 900 },
    },
    {
      name: 'Contoso',
      domain: 'contoso.example',
      industry: 'Software',
      employees: 5000,
      customFields: { arr: 12000 },
    },
    {
      name: 'Fabrikam',
      domain: 'fabrikam.example',
      industry: 'Software',
      employees: 300,
      customFields: { arr: 4000 },
    },
    { name: 'Tailspin Toys', domain: 'tailspin.example', industry: 'Retail', employees: 12 },
  ]
  for (const row of rows) await createCompany(t, row)
})

const list = (params: Record<string, unknown>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value))
  return as(t.token).get(`/api/v1/companies?${search}`)
}
const names = (body: { items: { name: string }[] }) => body.items.map((c) => c.name)

describe('listing companies', () => {
  it('finds a misspelled name and a domain', async () => {
    expect(names((await list({ q: 'Nortwind' })).body)).toEqual(['Northwind Traders'])
    expect(names((await list({ q: 'fabrikam.ex' })).body)).toEqual(['Fabrikam'])
  })

  it('filters on built-in and custom fields', async () => {
    const software = await list({
      filter: { match: 'all', conditions: [{ field: 'industry', op: 'eq', value: 'software' }] },
      sort: 'name',
      direction: 'asc',
    })
    expect(names(software.body)).toEqual(['Contoso', 'Fabrikam'])
    const rich = await list({
      filter: { conditions: [{ field: 'custom.arr', op: 'gte', value: 1000 }] },
      sort: 'custom.arr',
    })
    expect(names(rich.body)).toEqual(['Contoso', 'Fabrikam'])
  })

  it('pages with a cursor in the chosen order', async () => {
    const first = await list({ sort: 'employees', direction: 'desc', limit: '2' })
    expect(names(first.body)).toEqual(['Contoso', 'Fabrikam'])
    const second = await list({
      sort: 'employees',
      direction: 'desc',
      limit: '2',
      cursor: first.body.nextCursor,
    })
    expect(names(second.body)).toEqual(['Northwind Traders', 'Tailspin Toys'])
    expect(second.body.nextCursor).toBeNull()
  })

  it('answers 400 naming an unknown filter field or bad JSON', async () => {
    const unknown = await list({ filter: { conditions: [{ field: 'custom.nope', op: 'eq', value: 1 }] } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].path).toContain('filter.conditions.0')
    const badJson = await as(t.token).get('/api/v1/companies?filter=%7Bnot-json')
    expect(badJson.status).toBe(400)
  })
})
