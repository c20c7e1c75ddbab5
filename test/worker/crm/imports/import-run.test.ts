// Running an import through the real crm consumer: 5,000 rows with a mapping, malformed rows
// reported and only the good ones imported once confirmed, and a redelivered chunk written once.
import { describe, expect, it } from 'vitest'
import { deliver } from '../../../helpers/queue.ts'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../brands/brand-helpers.ts'
import { defineField } from '../contacts/contacts-fixtures.ts'
import { countContacts, peopleCsv, post, runToEnd, storedContacts, uploaded } from './import-helpers.ts'

const MAPPING = {
  'Full name': 'name',
  'E-mail': 'email',
  Mobile: 'phone',
  Company: 'company',
  'Job title': 'jobTitle',
  Budget: 'custom.budget',
  Tags: 'tags',
}

describe('a 5,000-row import', () => {
  it('previews, starts, and imports every row through the consumer', { timeout: 180_000 }, async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const started = Date.now()
    const imp = await uploaded(t, peopleCsv(5000))
    expect(imp.totalRows).toBe(5000)
    expect(imp.suggestedMapping).toEqual(MAPPING)
    const preview = await post(t, `/api/v1/crm/imports/${imp.id}/preview`, {
      mapping: MAPPING,
      duplicatePolicy: 'skip',
    })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body).toMatchObject({
      totalRows: 5000,
      valid: 5000,
      invalid: 0,
      duplicatesInFile: 0,
      duplicatesExisting: 0,
    })
    const start = await post(t, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping: MAPPING,
      duplicatePolicy: 'skip',
      tag: 'spring-fair',
      branchId: t.branchId,
    })
    expect(start.status, JSON.stringify(start.body)).toBe(202)
    expect(start.body.status).toBe('queued')
    const done = await runToEnd(t, imp.id)
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 5000,
      createdCount: 5000,
      failedCount: 0,
      problems: [],
    })
    expect(Date.now() - started).toBeLessThan(120_000)
    expect(await countContacts(t.tenantId)).toBe(5000)
    const [first] = await storedContacts(t.tenantId)
    expect(first).toMatchObject({
      name: 'Person p00000',
      email: 'p00000@example.com',
      phone: '+14155500000',
      job_title: 'Buyer',
      tags: ['vip', 'p', 'spring-fair'],
      custom_fields: { budget: 0 },
      source: 'import',
      branch_id: t.branchId,
    })
    // The company column made 50 companies, each contact linked as its primary one.
    const companies = (await t.get('/api/v1/companies?limit=100')).body
    expect(companies.items).toHaveLength(50)
    const contact = (await t.get(`/api/v1/contacts/${first!.id}`)).body
    expect(contact.primaryCompany).toMatchObject({ name: 'Company 0' })
  })
})

const MESSY =
  'Name,Email,Phone,Budget,Stage\n' +
  'Good One,one@example.com,+14155550101,100,lead\n' +
  'Bad Mail,not-an-email,,,\n' +
  'Bad Phone,,12,,\n' +
  'Bad Quote,"open@example.com,+14155550102,1,lead\n' +
  'Good Two,two@example.com,,200,customer\n' +
  'Too,Many,Fields,1,lead,extra\n' +
  'Bad Budget,budget@example.com,,lots,\n' +
  ',,,,\n' +
  'Bad Stage,stage@example.com,,,vip\n' +
  'Good Three,,+14155550103,,\n'

describe('a file with malformed rows', () => {
  it('reports each bad row, refuses to start until confirmed, then imports only the good rows', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const imp = await uploaded(t, MESSY)
    expect(imp.totalRows).toBe(10)
    const mapping = {
      Name: 'name',
      Email: 'email',
      Phone: 'phone',
      Budget: 'custom.budget',
      Stage: 'lifecycleStage',
    }
    const preview = await post(t, `/api/v1/crm/imports/${imp.id}/preview`, {
      mapping,
      duplicatePolicy: 'skip',
    })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ totalRows: 10, valid: 3, invalid: 7 })
    const byRow = Object.fromEntries(preview.body.problems.map((p: { row: number }) => [p.row, p]))
    expect(byRow[2]).toMatchObject({
      field: 'email',
      message: expect.stringMatching(/not an e-mail address/),
    })
    expect(byRow[3]).toMatchObject({
      field: 'phone',
      message: expect.stringMatching(/not a valid phone number/),
    })
    expect(byRow[4]).toMatchObject({ message: 'A quoted field is never closed' })
    expect(byRow[6]).toMatchObject({ message: 'Has 6 fields; the header has 5' })
    expect(byRow[7]).toMatchObject({
      field: 'custom.budget',
      message: expect.stringMatching(/must be a number/),
    })
    expect(byRow[8]).toMatchObject({
      message: expect.stringMatching(/needs a name, an e-mail address or a phone/),
    })
    expect(byRow[9]).toMatchObject({ field: 'lifecycleStage' })
    // The report is downloadable before anything is imported.
    const report = await t.get(`/api/v1/crm/imports/${imp.id}/problems.csv`)
    expect(report.status).toBe(200)
    expect(report.headers.get('content-type')).toMatch(/text\/csv/)
    expect(report.body).toContain('"4","","A quoted field is never closed"')

    const refused = await post(t, `/api/v1/crm/imports/${imp.id}/start`, { mapping, duplicatePolicy: 'skip' })
    expect(refused.status).toBe(409)
    expect(refused.body.detail).toMatch(/7 of 10 rows cannot be imported/)
    expect((await t.get(`/api/v1/crm/imports/${imp.id}`)).body.status).toBe('uploaded')
    expect(await countContacts(t.tenantId)).toBe(0)

    const start = await post(t, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping,
      duplicatePolicy: 'skip',
      confirmSkipInvalid: true,
    })
    expect(start.status).toBe(202)
    const done = await runToEnd(t, imp.id)
    expect(done).toMatchObject({ status: 'done', createdCount: 3, failedCount: 7, problemCount: 7 })
    expect((await storedContacts(t.tenantId)).map((c) => c.name)).toEqual([
      'Good One',
      'Good Three',
      'Good Two',
    ])
    const again = await post(t, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping,
      duplicatePolicy: 'skip',
      confirmSkipInvalid: true,
    })
    expect(again.status).toBe(409)
  })

  it('refuses a mapping to an unknown column or field, naming it', async () => {
    const t = await createTestTenant()
    const imp = await uploaded(t, 'Name,Email\nA,a@example.com\n')
    const res = await post(t, `/api/v1/crm/imports/${imp.id}/preview`, {
      mapping: { Name: 'name', Email: 'custom.nope', Missing: 'phone' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'mapping.Email',
      'mapping.Missing',
    ])
  })
})

describe('a redelivered chunk', () => {
  it('is written once: the checkpoint says it is done', async () => {
    const t = await createTestTenant()
    const imp = await uploaded(t, peopleCsv(1200, 'r'))
    const mapping = { 'Full name': 'name', 'E-mail': 'email' }
    expect(
      (await post(t, `/api/v1/crm/imports/${imp.id}/start`, { mapping, duplicatePolicy: 'create' })).status,
    ).toBe(202)
    const message = { type: 'crm.import', tenantId: t.tenantId, importId: imp.id, offset: 0 }
    await deliver('crm', [message])
    const again = await deliver('crm', [message], 2)
    expect(again.explicitAcks).toHaveLength(1)
    const after = (await t.get(`/api/v1/crm/imports/${imp.id}`)).body
    expect(after).toMatchObject({ status: 'running', processedRows: 500, createdCount: 500 })
    expect(await countContacts(t.tenantId)).toBe(500)
    // A message from before its turn is retried, not run out of order.
    const early = await deliver('crm', [{ ...message, offset: 1000 }])
    expect(early.retryMessages).toHaveLength(1)
    const done = await runToEnd(t, imp.id)
    expect(done).toMatchObject({ status: 'done', processedRows: 1200, createdCount: 1200 })
    expect(await countContacts(t.tenantId)).toBe(1200)
  })
})

describe('a manager limited to one branch', () => {
  it('must import into their branch, and the records land there', async () => {
    const t = await createTestTenant()
    const manager = await addMember(t, 'manager', [t.branchId])
    const imp = await uploaded(manager, 'Name,Email\nScoped Person,scoped@example.com\n')
    const mapping = { Name: 'name', Email: 'email' }
    const without = await post(manager, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping,
      duplicatePolicy: 'skip',
    })
    expect(without.status).toBe(400)
    expect(without.body.errors).toEqual([
      { path: 'branchId', message: expect.stringMatching(/your branches/) },
    ])
    const elsewhere = await post(manager, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping,
      duplicatePolicy: 'skip',
      branchId: 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
    })
    expect(elsewhere.status).toBe(400)
    const start = await post(manager, `/api/v1/crm/imports/${imp.id}/start`, {
      mapping,
      duplicatePolicy: 'skip',
      branchId: t.branchId,
    })
    expect(start.status).toBe(202)
    expect(await runToEnd(t, imp.id)).toMatchObject({ status: 'done', createdCount: 1 })
    expect((await storedContacts(t.tenantId))[0]).toMatchObject({
      name: 'Scoped Person',
      branch_id: t.branchId,
    })
  })
})
