// Duplicate policies. E-mail and phone are identities: a row with a contact's address is that
// contact under every policy. Without one, skip and merge also match a contact of the same name
// (whose e-mail and phone do not contradict the row); create never matches names.
import { describe, expect, it } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { contacts } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { post, runToEnd, storedContacts, uploaded } from './import-helpers.ts'

const CSV =
  'Name,Email,Phone,Job title,Tags\n' +
  'Asha R.,asha@example.com,,CEO,fair\n' +
  'Bo Smith,,,Chef,fair\n' +
  'New Person,new@example.com,,,\n' +
  'New Person Again,new@example.com,+14155550188,Again,second\n'
const MAPPING = { Name: 'name', Email: 'email', Phone: 'phone', 'Job title': 'jobTitle', Tags: 'tags' }

async function seed(t: TestTenant) {
  const now = new Date()
  await asTenant(t.tenantId, (tx) =>
    tx.insert(contacts).values([
      {
        id: newId('contact'),
        tenantId: t.tenantId,
        name: 'Asha Rao',
        email: 'asha@example.com',
        tags: ['old'],
        createdAt: now,
        updatedAt: now,
      },
      { id: newId('contact'), tenantId: t.tenantId, name: 'Bo Smith', createdAt: now, updatedAt: now },
    ]),
  )
}

async function importWith(policy: string) {
  const t = await createTestTenant()
  await seed(t)
  const imp = await uploaded(t, CSV)
  const preview = await post(t, `/api/v1/crm/imports/${imp.id}/preview`, {
    mapping: MAPPING,
    duplicatePolicy: policy,
  })
  expect(preview.body).toMatchObject({ valid: 4, invalid: 0, duplicatesInFile: 1, duplicatesExisting: 1 })
  expect(
    (await post(t, `/api/v1/crm/imports/${imp.id}/start`, { mapping: MAPPING, duplicatePolicy: policy }))
      .status,
  ).toBe(202)
  return { done: await runToEnd(t, imp.id), stored: await storedContacts(t.tenantId) }
}

const pick = (c: {
  name: string
  email: string | null
  phone: string | null
  job_title: string | null
  tags: string[]
}) => ({
  name: c.name,
  email: c.email,
  phone: c.phone,
  jobTitle: c.job_title,
  tags: c.tags,
})

describe('duplicate policies', () => {
  it('skip leaves matching contacts alone, by address and by name', async () => {
    const { done, stored } = await importWith('skip')
    expect(done).toMatchObject({ createdCount: 1, updatedCount: 0, skippedCount: 3, failedCount: 0 })
    expect(stored.map(pick)).toEqual([
      { name: 'Asha Rao', email: 'asha@example.com', phone: null, jobTitle: null, tags: ['old'] },
      { name: 'Bo Smith', email: null, phone: null, jobTitle: null, tags: [] },
      { name: 'New Person', email: 'new@example.com', phone: null, jobTitle: null, tags: [] },
    ])
  })

  it('merge fills empty fields and adds tags, keeping what is there', async () => {
    const { done, stored } = await importWith('merge')
    expect(done).toMatchObject({ createdCount: 1, updatedCount: 3, skippedCount: 0 })
    expect(stored.map(pick)).toEqual([
      { name: 'Asha Rao', email: 'asha@example.com', phone: null, jobTitle: 'CEO', tags: ['old', 'fair'] },
      { name: 'Bo Smith', email: null, phone: null, jobTitle: 'Chef', tags: ['fair'] },
      {
        name: 'New Person',
        email: 'new@example.com',
        phone: '+14155550188',
        jobTitle: 'Again',
        tags: ['second'],
      },
    ])
  })

  it('create adds a contact despite a same-name one, but an address still means its contact', async () => {
    const { done, stored } = await importWith('create')
    expect(done).toMatchObject({ createdCount: 2, updatedCount: 2, skippedCount: 0 })
    expect(stored.map(pick)).toEqual([
      { name: 'Asha Rao', email: 'asha@example.com', phone: null, jobTitle: 'CEO', tags: ['old', 'fair'] },
      { name: 'Bo Smith', email: null, phone: null, jobTitle: null, tags: [] },
      { name: 'Bo Smith', email: null, phone: null, jobTitle: 'Chef', tags: ['fair'] },
      {
        name: 'New Person',
        email: 'new@example.com',
        phone: '+14155550188',
        jobTitle: 'Again',
        tags: ['second'],
      },
    ])
  })
})

describe('a company import', () => {
  it('matches companies on their domain and merges into them', async () => {
    const t = await createTestTenant()
    const first = await uploaded(
      t,
      'Company,Website,Employees\nAcme,https://www.acme.com/about,10\nGlobex,globex.com,\n',
      {
        entity: 'company',
      },
    )
    const mapping = { Company: 'name', Website: 'domain', Employees: 'employees' }
    await post(t, `/api/v1/crm/imports/${first.id}/start`, { mapping, duplicatePolicy: 'skip' })
    expect(await runToEnd(t, first.id)).toMatchObject({ createdCount: 2 })
    const second = await uploaded(
      t,
      'Company,Website,Employees\nAcme Inc,acme.com,99\nGlobex,globex.com,250\n',
      {
        entity: 'company',
      },
    )
    const preview = await post(t, `/api/v1/crm/imports/${second.id}/preview`, {
      mapping,
      duplicatePolicy: 'merge',
    })
    expect(preview.body).toMatchObject({ valid: 2, duplicatesExisting: 2 })
    await post(t, `/api/v1/crm/imports/${second.id}/start`, { mapping, duplicatePolicy: 'merge' })
    expect(await runToEnd(t, second.id)).toMatchObject({ createdCount: 0, updatedCount: 2 })
    const list = (await t.get('/api/v1/companies?limit=10')).body.items
    const byDomain = Object.fromEntries(list.map((c: { domain: string }) => [c.domain, c]))
    expect(byDomain['acme.com']).toMatchObject({ name: 'Acme', employees: 10 })
    expect(byDomain['globex.com']).toMatchObject({ name: 'Globex', employees: 250 })
  })
})
