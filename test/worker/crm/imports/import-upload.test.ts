// Uploading an import: a file that is not a CSV with a header is refused with the reason and
// nothing stored; a good one is kept in R2 and answered with its shape and a suggested mapping.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { defineField } from '../contacts/contacts-fixtures.ts'
import { upload, uploaded } from './import-helpers.ts'

async function importCount(t: { get: (p: string) => Promise<{ body: { items: unknown[] } }> }) {
  return (await t.get('/api/v1/crm/imports')).body.items.length
}

describe('refusing what is not a CSV', () => {
  it('answers 415 for another content type', async () => {
    const t = await createTestTenant()
    const res = await upload(t, '{"name":"x"}', { type: 'application/json' })
    expect(res.status).toBe(415)
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(await importCount(t)).toBe(0)
  })

  it('answers 400 with the reason for binary bytes, no header row, a ragged header or an empty file', async () => {
    const t = await createTestTenant()
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    const cases: [BodyInit, RegExp][] = [
      [png, /not UTF-8 text|binary/],
      ['name,email\u0000\nAsha,a@example.com\n', /binary data/],
      ['Asha Rao,asha@example.com,+14155550100\nBo,bo@example.com,+14155550101\n', /first row holds data/],
      ['name,,email\nAsha,x,a@example.com\n', /column 2 of the header row has no name/],
      ['name,email,name\nAsha,a@example.com,b\n', /names “name” twice/],
      ['name,email\nAsha;a@example.com;x;y\nBo;b@example.com;x;y\nCy;c;x;y\n', /different number of fields/],
      ['"name,email\nAsha,a@example.com\n', /header row cannot be read/],
      ['\uFEFF  \r\n', /empty/],
      ['name,email\n', /no rows below the header/],
    ]
    for (const [body, reason] of cases) {
      const res = await upload(t, body)
      expect(res.status, String(reason)).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
      expect(res.body.detail).toMatch(reason)
    }
    expect(await importCount(t)).toBe(0)
  })

  it('answers 413 for a file over 10 MB', async () => {
    const t = await createTestTenant()
    const big = `name,email\n${'x'.repeat(10 * 1024 * 1024)}\n`
    const res = await upload(t, big)
    expect(res.status).toBe(413)
    expect(await importCount(t)).toBe(0)
  })
})

describe('a good file', () => {
  it('is stored in R2 and answered with its header, rows, a suggested mapping and a sample', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const csv =
      'Full name;E-mail;Mobile;Organisation;Job title;Budget;Favourite colour\r\n' +
      'Asha Rao;asha@example.com;+91 98765 43210;Acme;Buyer;1200;blue\r\n' +
      '"Rao; Bo";bo@example.com;;;;;\r\n'
    const body = await uploaded(t, csv)
    expect(body).toMatchObject({
      entity: 'contact',
      status: 'uploaded',
      filename: 'contacts.csv',
      totalRows: 2,
      headers: ['Full name', 'E-mail', 'Mobile', 'Organisation', 'Job title', 'Budget', 'Favourite colour'],
      suggestedMapping: {
        'Full name': 'name',
        'E-mail': 'email',
        Mobile: 'phone',
        Organisation: 'company',
        'Job title': 'jobTitle',
        Budget: 'custom.budget',
      },
    })
    expect(body.sample[1]).toEqual({
      row: 2,
      fields: ['Rao; Bo', 'bo@example.com', '', '', '', '', ''],
      error: null,
    })
    expect(body.fields).toContainEqual({ value: 'custom.budget', label: 'Budget' })
    const stored = await env.MEDIA.get(`crm-imports/${t.tenantId}/${body.id}.csv`)
    expect(await stored?.text()).toBe(csv)
    const listed = (await t.get('/api/v1/crm/imports')).body.items
    expect(listed).toEqual([expect.objectContaining({ id: body.id, totalRows: 2, problemCount: 0 })])
  })

  it('suggests first and last name columns for a company-less file and company fields for companies', async () => {
    const t = await createTestTenant()
    const people = await uploaded(t, 'First Name,Last Name,Email Address,Phone Number,Owner\nA,B,a@b.co,,\n')
    expect(people.suggestedMapping).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Email Address': 'email',
      'Phone Number': 'phone',
      Owner: 'ownerEmail',
    })
    const firms = await uploaded(t, 'Company,Website,Employees,City\nAcme,acme.com,12,Pune\n', {
      entity: 'company',
    })
    expect(firms.suggestedMapping).toEqual({
      Company: 'name',
      Website: 'website',
      Employees: 'employees',
      City: 'city',
    })
  })
})

describe('who may import', () => {
  it('refuses agents and viewers, and hides one tenant’s imports from another', async () => {
    const agent = await createTestTenant({ role: 'agent' })
    expect((await upload(agent, 'name\nA\n')).status).toBe(403)
    const owner = await createTestTenant()
    const other = await createTestTenant()
    const body = await uploaded(owner, 'name\nA\n')
    expect((await other.get(`/api/v1/crm/imports/${body.id}`)).status).toBe(404)
    expect((await other.get(`/api/v1/crm/imports/${body.id}/problems.csv`)).status).toBe(404)
    const preview = await other.post(`/api/v1/crm/imports/${body.id}/preview`, { mapping: { name: 'name' } })
    expect(preview.status).toBe(404)
    expect(await importCount(other)).toBe(0)
  })
})
