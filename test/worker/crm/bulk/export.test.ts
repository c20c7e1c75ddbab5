// CSV export of a filtered view: only what the filter matches (and the reader may see), one
// column per custom field, spreadsheet formulas defused, and every export audited.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '../../../../worker/modules/crm/imports/csv-records.ts'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../brands/brand-helpers.ts'
import { defineField } from '../contacts/contacts-fixtures.ts'
import { seedContacts } from './bulk-helpers.ts'

const records = (csv: string) => [...readCsvRecords(csv)].map((r) => r.fields ?? [])

describe('exporting contacts', () => {
  it('streams the filtered view with custom field columns and defused formulas', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    await defineField(t, {
      key: 'interests',
      label: 'Interests',
      type: 'multi_select',
      options: ['Wine', 'Food'],
    })
    await seedContacts(t, [
      {
        name: 'Asha Rao',
        email: 'asha@example.com',
        tags: ['vip'],
        customFields: { budget: 1200, interests: ['Wine', 'Food'] },
        ownerUserId: t.userId,
      },
      { name: '=HYPERLINK("http://evil.example")', customFields: { budget: 5000 } },
      { name: 'Small Budget', customFields: { budget: 10 } },
      { name: 'Deleted Rich', customFields: { budget: 9999 }, deletedAt: new Date() },
    ])
    const filter = { match: 'all', conditions: [{ field: 'custom.budget', op: 'gte', value: 1000 }] }
    const res = await t.post('/api/v1/crm/export', { entity: 'contact', filter })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="vitrine-contacts-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    expect(res.headers.get('x-vitrine-rows')).toBe('2')
    const [header, ...rows] = records(res.body)
    expect(header).toEqual(
      expect.arrayContaining(['name', 'email', 'tags', 'owner_email', 'Budget', 'Interests']),
    )
    const at = (row: string[], column: string) => row[header!.indexOf(column)]
    expect(rows.map((r) => at(r, 'name')).sort()).toEqual(['\'=HYPERLINK("http://evil.example")', 'Asha Rao'])
    const asha = rows.find((r) => at(r, 'name') === 'Asha Rao')!
    expect([
      at(asha, 'email'),
      at(asha, 'tags'),
      at(asha, 'Budget'),
      at(asha, 'Interests'),
      at(asha, 'owner_email'),
    ]).toEqual(['asha@example.com', 'vip', '1200', 'Wine, Food', t.email])
    const audit = await env.DB.prepare(
      "select metadata from audit_events where tenant_id = ? and action = 'crm.exported'",
    )
      .bind(t.tenantId)
      .first<{ metadata: string }>()
    expect(JSON.parse(audit!.metadata)).toMatchObject({ entity: 'contact', rows: 2, truncated: false })
  })

  it('writes only the columns asked for, in that order', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    await seedContacts(t, [{ name: 'Bo', customFields: { budget: 3 } }])
    const res = await t.post('/api/v1/crm/export', { entity: 'contact', columns: ['custom.budget', 'name'] })
    expect(records(res.body)).toEqual([
      ['Budget', 'name'],
      ['3', 'Bo'],
    ])
  })

  it('exports companies and deals of the same tenant only', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    await other.post('/api/v1/companies', { name: 'Not Yours' })
    expect((await t.post('/api/v1/companies', { name: 'Acme', domain: 'acme.com' })).status).toBe(201)
    const companies = records((await t.post('/api/v1/crm/export', { entity: 'company' })).body)
    expect(companies.slice(1).map((r) => r[1])).toEqual(['Acme'])
    const deals = await t.post('/api/v1/crm/export', { entity: 'deal' })
    expect(deals.status).toBe(200)
    expect(records(deals.body)[0]).toEqual(
      expect.arrayContaining(['pipeline', 'stage', 'amount', 'currency']),
    )
  })

  it('refuses an unknown column or filter field (400) and agents (403)', async () => {
    const t = await createTestTenant()
    const column = await t.post('/api/v1/crm/export', { entity: 'contact', columns: ['name', 'shoe_size'] })
    expect(column.status).toBe(400)
    expect(column.body.errors).toEqual([
      { path: 'columns.1', message: 'There is no column “shoe_size” to export' },
    ])
    const filter = await t.post('/api/v1/crm/export', {
      entity: 'contact',
      filter: { conditions: [{ field: 'custom.nope', op: 'eq', value: 'x' }] },
    })
    expect(filter.status).toBe(400)
    const agent = await addMember(t, 'agent')
    expect((await agent.post('/api/v1/crm/export', { entity: 'contact' })).status).toBe(403)
  })
})
