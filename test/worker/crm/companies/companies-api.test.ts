import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { crmUndo } from '../../../../worker/modules/crm/bulk/bulk.tables.ts'
import { companies } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import { as } from '../../team/team-helpers.ts'
import { defineField } from '../fields/field-fixtures.ts'
import { createCompany, seedContact } from './companies-fixtures.ts'

let t: TestTenant
let other: TestTenant

beforeAll(async () => {
  t = await createTestTenant()
  other = await createTestTenant()
  await defineField(t, { entity: 'company', key: 'arr', label: 'ARR', type: 'number' })
  await defineField(t, {
    entity: 'company',
    key: 'segment',
    label: 'Segment',
    type: 'select',
    options: ['SMB', 'Enterprise'],
  })
  await defineField(t, {
    entity: 'company',
    key: 'regions',
    label: 'Regions',
    type: 'multi_select',
    options: ['EU', 'US'],
  })
  await defineField(t, { entity: 'company', key: 'founded', label: 'Founded', type: 'date' })
  await defineField(t, { entity: 'company', key: 'careers', label: 'Careers page', type: 'url' })
  await defineField(t, { entity: 'company', key: 'motto', label: 'Motto', type: 'text' })
})

const countCompanies = (tenantId: string) =>
  asTenant(
    tenantId,
    async (tx) =>
      (await tx.select({ id: companies.id }).from(companies).where(eq(companies.tenantId, tenantId))).length,
  )

describe('creating a company', () => {
  it('normalises domain, website and phone, and checks custom fields', async () => {
    const c = await createCompany(t, {
      name: 'Acme Retail',
      domain: 'https://www.Acme-Retail.COM/about?x=1',
      website: 'acme-retail.com/shop',
      phone: '020 7946 0958',
      phoneCountry: 'GB',
      industry: 'Retail',
      employees: 120,
      city: 'London',
      country: 'GB',
      tags: ['key', 'key', 'uk'],
      customFields: {
        arr: '250000',
        segment: 'enterprise',
        regions: ['US', 'EU'],
        founded: '1999-04-01',
        careers: 'https://acme-retail.com/jobs',
        motto: '  Always open ',
      },
    })
    expect(c).toMatchObject({
      id: expect.stringMatching(/^cmp_/),
      domain: 'acme-retail.com',
      website: 'https://acme-retail.com/shop',
      phone: '+442079460958',
      tags: ['key', 'uk'],
      ownerUserId: t.userId,
      branchId: null,
      parentId: null,
      parent: null,
      peopleCount: 0,
      customFields: {
        arr: 250000,
        segment: 'Enterprise',
        regions: ['US', 'EU'],
        founded: '1999-04-01',
        careers: 'https://acme-retail.com/jobs',
        motto: 'Always open',
      },
    })
    const got = await as(t.token).get(`/api/v1/companies/${c.id}`)
    expect(got.status).toBe(200)
    expect(got.body).toEqual({ ...c, parentChain: [], children: [] })
  })

  it.each([
    [{ name: '' }, 'name'],
    [{ domain: 'not a domain' }, 'domain'],
    [{ domain: 'localhost' }, 'domain'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ phone: '12' }, 'phone'],
    [{ employees: -1 }, 'employees'],
    [{ ownerUserId: 'usr_nobody' }, 'ownerUserId'],
    [{ branchId: 'bra_nowhere' }, 'branchId'],
    [{ parentId: 'cmp_nothing' }, 'parentId'],
    [{ customFields: { arr: 'lots' } }, 'customFields.arr'],
    [{ customFields: { segment: 'Mid' } }, 'customFields.segment'],
    [{ customFields: { regions: ['Mars'] } }, 'customFields.regions'],
    [{ customFields: { founded: '1999-13-01' } }, 'customFields.founded'],
    [{ customFields: { careers: 'ftp://acme.com' } }, 'customFields.careers'],
    [{ customFields: { unknown_key: 1 } }, 'customFields.unknown_key'],
    [{ surprise: true }, ''],
  ])('refuses %j with a 400 naming %s, writing nothing', async (change, path) => {
    const before = await countCompanies(t.tenantId)
    const res = await as(t.token).post('/api/v1/companies', { name: 'Bad Input Co', ...change })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    expect(await countCompanies(t.tenantId)).toBe(before)
  })

  it('enforces required custom fields on create, not on a partial change', async () => {
    const tenant = await createTestTenant()
    await defineField(tenant, { entity: 'company', key: 'vat', label: 'VAT', type: 'text', required: true })
    const missing = await as(tenant.token).post('/api/v1/companies', { name: 'No VAT' })
    expect(missing.status).toBe(400)
    expect(missing.body.detail).toBe('Custom field “VAT” is required')
    const c = await createCompany(tenant, { name: 'Has VAT', customFields: { vat: 'GB1' } })
    expect((await as(tenant.token).patch(`/api/v1/companies/${c.id}`, { city: 'Leeds' })).status).toBe(200)
    const cleared = await as(tenant.token).patch(`/api/v1/companies/${c.id}`, { customFields: { vat: null } })
    expect(cleared.status).toBe(400)
  })
})

describe('domains', () => {
  it('are unique among live companies: 409 naming the holder, free again once it is deleted', async () => {
    const first = await createCompany(t, { name: 'Globex', domain: 'globex.io' })
    const clash = await as(t.token).post('/api/v1/companies', {
      name: 'Globex 2',
      domain: 'http://WWW.GLOBEX.IO',
    })
    expect(clash.status).toBe(409)
    expect(clash.body.detail).toContain(first.id)
    expect(clash.body.errors[0].path).toBe('domain')
    const second = await createCompany(t, { name: 'Globex Labs', domain: 'labs.globex.io' })
    const moveTo = await as(t.token).patch(`/api/v1/companies/${second.id}`, { domain: 'globex.io' })
    expect(moveTo.status).toBe(409)
    // Its own domain again is no clash.
    expect((await as(t.token).patch(`/api/v1/companies/${first.id}`, { domain: 'Globex.io' })).status).toBe(
      200,
    )
    expect((await as(t.token).del(`/api/v1/companies/${first.id}`)).status).toBe(200)
    expect(
      (await as(t.token).patch(`/api/v1/companies/${second.id}`, { domain: 'globex.io' })).body.domain,
    ).toBe('globex.io')
  })

  it('may be shared across tenants', async () => {
    await createCompany(t, { name: 'Initech', domain: 'initech.example' })
    await createCompany(other, { name: 'Initech', domain: 'initech.example' })
  })
})

describe('hierarchy', () => {
  it('shows the chain above and the children below, and refuses loops', async () => {
    const group = await createCompany(t, { name: 'Umbrella Group' })
    const region = await createCompany(t, { name: 'Umbrella EU', parentId: group.id })
    const site = await createCompany(t, { name: 'Umbrella Paris', parentId: region.id })
    const sibling = await createCompany(t, { name: 'Umbrella Berlin', parentId: region.id })
    const detail = (await as(t.token).get(`/api/v1/companies/${site.id}`)).body
    expect(detail.parent).toEqual({ id: region.id, name: 'Umbrella EU' })
    expect(detail.parentChain).toEqual([
      { id: group.id, name: 'Umbrella Group' },
      { id: region.id, name: 'Umbrella EU' },
    ])
    const middle = (await as(t.token).get(`/api/v1/companies/${region.id}`)).body
    expect(middle.children).toEqual([
      { id: sibling.id, name: 'Umbrella Berlin' },
      { id: site.id, name: 'Umbrella Paris' },
    ])
    for (const parentId of [site.id, region.id, group.id]) {
      const loop = await as(t.token).patch(`/api/v1/companies/${group.id}`, { parentId })
      expect(loop.status).toBe(409)
      expect(loop.body.errors[0].path).toBe('parentId')
    }
    expect((await as(t.token).get(`/api/v1/companies/${group.id}`)).body.parentId).toBeNull()
    // Moving a branch elsewhere in the tree is fine; null detaches it.
    expect(
      (await as(t.token).patch(`/api/v1/companies/${site.id}`, { parentId: group.id })).body.parentId,
    ).toBe(group.id)
    expect(
      (await as(t.token).patch(`/api/v1/companies/${site.id}`, { parentId: null })).body.parent,
    ).toBeNull()
  })

  it('refuses a parent of another tenant as if it did not exist', async () => {
    const theirs = await createCompany(other, { name: 'Other Parent' })
    const res = await as(t.token).post('/api/v1/companies', { name: 'Child', parentId: theirs.id })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('parentId')
  })
})

describe('changing and deleting', () => {
  it('merges custom fields key by key; null clears one', async () => {
    const c = await createCompany(t, { name: 'Hooli', customFields: { arr: 10, segment: 'SMB' } })
    const res = await as(t.token).patch(`/api/v1/companies/${c.id}`, {
      name: 'Hooli Inc',
      customFields: { arr: 20, segment: null },
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Hooli Inc', customFields: { arr: 20 } })
    expect(res.body.customFields).not.toHaveProperty('segment')
  })

  it('soft-deletes with an undo entry and hides the company everywhere', async () => {
    const c = await createCompany(t, { name: 'Vandelay Industries' })
    const res = await as(t.token).del(`/api/v1/companies/${c.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ deleted: true, crmUndoId: expect.stringMatching(/^undo_/) })
    expect((await as(t.token).get(`/api/v1/companies/${c.id}`)).status).toBe(404)
    expect((await as(t.token).patch(`/api/v1/companies/${c.id}`, { name: 'x' })).status).toBe(404)
    const listed = await as(t.token).get(`/api/v1/companies?q=${encodeURIComponent('Vandelay')}`)
    expect(listed.body.items).toEqual([])
    const [undo] = await asTenant(t.tenantId, (tx) =>
      tx
        .select()
        .from(crmUndo)
        .where(and(eq(crmUndo.tenantId, t.tenantId), eq(crmUndo.id, res.body.crmUndoId))),
    )
    expect(undo).toMatchObject({ entity: 'company', action: 'delete', recordIds: [c.id] })
  })
})

describe('people at a company', () => {
  it('lists the linked, live contacts with their role, a page at a time', async () => {
    const c = await createCompany(t, { name: 'Soylent' })
    const ids = []
    for (const name of ['Ann', 'Bo', 'Cy'])
      ids.push(await seedContact(t.tenantId, { name, companyId: c.id, role: `${name}'s role` }))
    await seedContact(t.tenantId, { name: 'Deleted Dee', companyId: c.id, deleted: true })
    const first = await as(t.token).get(`/api/v1/companies/${c.id}/contacts?limit=2`)
    expect(first.status).toBe(200)
    expect(first.body.items.map((p: { contact: { name: string } }) => p.contact.name)).toEqual(['Cy', 'Bo'])
    expect(first.body.items[0]).toMatchObject({ role: "Cy's role", isPrimary: true, contact: { id: ids[2] } })
    const next = await as(t.token).get(
      `/api/v1/companies/${c.id}/contacts?limit=2&cursor=${first.body.nextCursor}`,
    )
    expect(next.body).toMatchObject({ items: [{ contact: { name: 'Ann' } }], nextCursor: null })
    expect((await as(t.token).get(`/api/v1/companies/${c.id}`)).body.peopleCount).toBe(3)
  })
})

describe('who may do what', () => {
  it('agents create and change, only managers and up delete, viewers read', async () => {
    const agent = await addMember(t, 'agent')
    const viewer = await addMember(t, 'viewer')
    const made = await agent.post('/api/v1/companies', { name: 'Agent Co' })
    expect(made.status).toBe(201)
    expect(made.body.ownerUserId).toBe(agent.userId)
    expect((await as(agent.token).del(`/api/v1/companies/${made.body.id}`)).status).toBe(403)
    expect((await viewer.post('/api/v1/companies', { name: 'Viewer Co' })).status).toBe(403)
    expect((await viewer.get(`/api/v1/companies/${made.body.id}`)).status).toBe(200)
  })

  it('keeps branch-scoped members to their branches', async () => {
    const harbour = await addBranch(t)
    const scoped = await addMember(t, 'manager', [t.branchId])
    const twoBranches = await addMember(t, 'manager', [t.branchId, harbour])
    const mine = await scoped.post('/api/v1/companies', { name: 'Scoped Co' })
    expect(mine.status).toBe(201)
    expect(mine.body.branchId).toBe(t.branchId)
    const unfiled = await twoBranches.post('/api/v1/companies', { name: 'Where?' })
    expect(unfiled.status).toBe(400)
    expect(unfiled.body.errors[0].path).toBe('branchId')
    const hidden = await createCompany(t, { name: 'Harbour Co', branchId: harbour })
    expect((await scoped.get(`/api/v1/companies/${hidden.id}`)).status).toBe(404)
    expect((await scoped.post('/api/v1/companies', { name: 'Elsewhere', branchId: harbour })).status).toBe(
      403,
    )
    const orgWide = await createCompany(t, { name: 'Org Co' })
    expect((await scoped.get(`/api/v1/companies/${orgWide.id}`)).status).toBe(200)
    expect((await scoped.patch(`/api/v1/companies/${orgWide.id}`, { city: 'x' })).status).toBe(403)
    const ownerElsewhere = await scoped.post('/api/v1/companies', {
      name: 'Owned',
      ownerUserId: other.userId,
    })
    expect(ownerElsewhere.status).toBe(400)
  })
})

describe('isolation', () => {
  it('answers 404 for another tenant’s company on every route', async () => {
    const theirs = await createCompany(other, { name: 'Their Co', domain: 'their.example' })
    expect((await as(t.token).get(`/api/v1/companies/${theirs.id}`)).status).toBe(404)
    expect((await as(t.token).patch(`/api/v1/companies/${theirs.id}`, { name: 'Mine now' })).status).toBe(404)
    expect((await as(t.token).del(`/api/v1/companies/${theirs.id}`)).status).toBe(404)
    expect((await as(t.token).get(`/api/v1/companies/${theirs.id}/contacts`)).status).toBe(404)
    const listed = await as(t.token).get('/api/v1/companies?q=Their')
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(theirs.id)
    expect((await as(other.token).get(`/api/v1/companies/${theirs.id}`)).body.name).toBe('Their Co')
  })
})
