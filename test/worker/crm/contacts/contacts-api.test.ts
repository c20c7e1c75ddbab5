import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { crmUndo } from '../../../../worker/modules/crm/bulk/bulk.tables.ts'
import { contacts } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import { as } from '../../team/team-helpers.ts'
import { seedCompany } from '../search/crm-seed.ts'
import { createContact, defineField } from './contacts-fixtures.ts'

let t: TestTenant
let other: TestTenant

beforeAll(async () => {
  t = await createTestTenant()
  other = await createTestTenant()
  await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
  await defineField(t, { key: 'plan', label: 'Plan', type: 'select', options: ['Basic', 'Pro'] })
})

const countContacts = (tenantId: string) =>
  asTenant(
    tenantId,
    async (tx) =>
      (await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.tenantId, tenantId))).length,
  )

describe('creating a contact', () => {
  it('stores one spelling of e-mail and phone, the owner and consent time', async () => {
    const c = await createContact(t, {
      name: 'Asha Rao',
      email: '  Asha.Rao@Example.COM ',
      phone: '098765 43210',
      phoneCountry: 'IN',
      tags: ['vip', 'vip', 'walk-in'],
      consentEmail: true,
      customFields: { budget: '1500', plan: 'pro' },
    })
    expect(c).toMatchObject({
      name: 'Asha Rao',
      email: 'asha.rao@example.com',
      phone: '+919876543210',
      tags: ['vip', 'walk-in'],
      ownerUserId: t.userId,
      branchId: null,
      lifecycleStage: 'lead',
      source: 'manual',
      consentEmail: true,
      customFields: { budget: 1500, plan: 'Pro' },
      primaryCompany: null,
    })
    expect(c.consentUpdatedAt).not.toBeNull()
    const got = await t.get(`/api/v1/contacts/${c.id}`)
    expect(got.status).toBe(200)
    expect(got.body).toEqual(c)
  })

  it('answers 409 naming the contact that already has the address or number', async () => {
    const first = await createContact(t, { name: 'Ben Ito', email: 'ben@example.com', phone: '+14155550101' })
    const before = await countContacts(t.tenantId)
    const byEmail = await t.post('/api/v1/contacts', { name: 'Benjamin', email: 'BEN@example.com' })
    expect(byEmail.status).toBe(409)
    expect(byEmail.body.detail).toContain(first.id)
    const byPhone = await t.post('/api/v1/contacts', { name: 'B. Ito', phone: '+1 (415) 555-0101' })
    expect(byPhone.status).toBe(409)
    expect(byPhone.body.errors[0]).toMatchObject({ path: 'phone' })
    expect(await countContacts(t.tenantId)).toBe(before)
  })

  it('refuses bad input with a problem naming the field, writing nothing', async () => {
    const before = await countContacts(t.tenantId)
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'x@example.com' }, 'name'],
      [{ name: 'X', email: 'not an address' }, 'email'],
      [{ name: 'X', phone: '0123' }, 'phone'],
      [{ name: 'X', phone: '98765 43210' }, 'phone'],
      [{ name: 'X', ownerUserId: other.userId }, 'ownerUserId'],
      [{ name: 'X', branchId: other.branchId }, 'branchId'],
      [{ name: 'X', customFields: { budget: 'lots' } }, 'customFields.budget'],
      [{ name: 'X', customFields: { plan: 'Gold' } }, 'customFields.plan'],
      [{ name: 'X', customFields: { nope: 1 } }, 'customFields.nope'],
      [{ name: 'X', lifecycleStage: 'hot' }, 'lifecycleStage'],
      [{ name: 'X', surprise: true }, ''],
      [{ name: 'X', companyId: 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }, 'companyId'],
    ]
    for (const [body, path] of cases) {
      const res = await t.post('/api/v1/contacts', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    expect(await countContacts(t.tenantId)).toBe(before)
  })

  it('enforces required custom fields on create but not on a partial change', async () => {
    const fresh = await createTestTenant()
    await defineField(fresh, { key: 'source_detail', label: 'Where from', type: 'text', required: true })
    const missing = await fresh.post('/api/v1/contacts', { name: 'Cai' })
    expect(missing.status).toBe(400)
    expect(missing.body.detail).toContain('Where from')
    const c = await createContact(fresh, { name: 'Cai', customFields: { source_detail: 'Fair' } })
    const renamed = await as(fresh.token).patch(`/api/v1/contacts/${c.id}`, { name: 'Cai Lin' })
    expect(renamed.status).toBe(200)
  })

  it('needs crm.write', async () => {
    const viewer = await addMember(t, 'viewer')
    const res = await as(viewer.token).post('/api/v1/contacts', { name: 'Nope' })
    expect(res.status).toBe(403)
  })
})

describe('changing a contact', () => {
  it('changes only what is sent, merges custom fields and stamps consent changes', async () => {
    const c = await createContact(t, {
      name: 'Dee',
      email: 'dee@example.com',
      customFields: { budget: 10, plan: 'Basic' },
    })
    expect(c.consentUpdatedAt).toBeNull()
    const res = await as(t.token).patch(`/api/v1/contacts/${c.id}`, {
      jobTitle: 'Chef',
      consentSms: true,
      customFields: { budget: null, plan: 'Pro' },
      lifecycleStage: 'customer',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      name: 'Dee',
      email: 'dee@example.com',
      jobTitle: 'Chef',
      consentSms: true,
      lifecycleStage: 'customer',
      customFields: { plan: 'Pro' },
    })
    expect(res.body.consentUpdatedAt).not.toBeNull()
    const again = await as(t.token).patch(`/api/v1/contacts/${c.id}`, { consentSms: true })
    expect(again.body.consentUpdatedAt).toBe(res.body.consentUpdatedAt)
  })

  it('refuses an address another contact holds, and a branch outside the tenant', async () => {
    const a = await createContact(t, { name: 'Eve', email: 'eve@example.com' })
    const b = await createContact(t, { name: 'Fay', email: 'fay@example.com' })
    const clash = await as(t.token).patch(`/api/v1/contacts/${b.id}`, { email: 'EVE@example.com' })
    expect(clash.status).toBe(409)
    expect(clash.body.detail).toContain(a.id)
    const same = await as(t.token).patch(`/api/v1/contacts/${b.id}`, {
      email: 'fay@example.com',
      name: 'Fay B',
    })
    expect(same.status).toBe(200)
    const branch = await as(t.token).patch(`/api/v1/contacts/${b.id}`, { branchId: other.branchId })
    expect(branch.status).toBe(400)
    const mine = await addBranch(t)
    const moved = await as(t.token).patch(`/api/v1/contacts/${b.id}`, { branchId: mine })
    expect(moved.body.branchId).toBe(mine)
  })

  it('answers 404 for ids of other tenants and unknown ids', async () => {
    const theirs = await createContact(other, { name: 'Gus' })
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { name: 'Hacked' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await as(t.token)[method === 'GET' ? 'get' : method === 'PATCH' ? 'patch' : 'del'](
        `/api/v1/contacts/${theirs.id}`,
        body,
      )
      expect(res.status, method).toBe(404)
    }
    expect((await t.get('/api/v1/contacts/con_01JD3Q9W2Z8K5V7M4N6P0R1S2T')).status).toBe(404)
    expect((await other.get(`/api/v1/contacts/${theirs.id}`)).body.name).toBe('Gus')
  })
})

describe('deleting a contact', () => {
  it('hides it at once and leaves an undo entry; agents may not delete', async () => {
    const c = await createContact(t, { name: 'Hal', email: 'hal@example.com' })
    const agent = await addMember(t, 'agent')
    expect((await as(agent.token).del(`/api/v1/contacts/${c.id}`)).status).toBe(403)
    const res = await as(t.token).del(`/api/v1/contacts/${c.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ deleted: true, crmUndoId: expect.stringMatching(/^undo_/) })
    expect((await t.get(`/api/v1/contacts/${c.id}`)).status).toBe(404)
    const [undo] = await asTenant(t.tenantId, (tx) =>
      tx
        .select()
        .from(crmUndo)
        .where(and(eq(crmUndo.tenantId, t.tenantId), eq(crmUndo.id, res.body.crmUndoId))),
    )
    expect(undo).toMatchObject({
      action: 'delete',
      entity: 'contact',
      recordIds: [c.id],
      before: { [c.id]: { deletedAt: null } },
    })
    // The address stays taken while the delete can be undone.
    const again = await t.post('/api/v1/contacts', { name: 'Hal 2', email: 'hal@example.com' })
    expect(again.status).toBe(409)
    expect(again.body.detail).toContain('restored')
  })
})

describe('companies of a contact', () => {
  it('links, keeps one primary, promotes on unlink', async () => {
    const acme = await seedCompany(t, { name: 'Acme', branchId: null })
    const zeta = await seedCompany(t, { name: 'Zeta', branchId: null })
    const c = await createContact(t, { name: 'Ivy', companyId: acme })
    expect(c.primaryCompany).toEqual({ id: acme, name: 'Acme' })
    const linked = await as(t.token).post(`/api/v1/contacts/${c.id}/companies`, {
      companyId: zeta,
      role: 'Buyer',
      isPrimary: true,
    })
    expect(linked.status).toBe(200)
    expect(linked.body.items).toMatchObject([
      { companyId: zeta, role: 'Buyer', isPrimary: true },
      { companyId: acme, isPrimary: false },
    ])
    const removed = await as(t.token).del(`/api/v1/contacts/${c.id}/companies/${zeta}`)
    expect(removed.status).toBe(204)
    const list = await t.get(`/api/v1/contacts/${c.id}/companies`)
    expect(list.body.items).toMatchObject([{ companyId: acme, isPrimary: true }])
    expect((await as(t.token).del(`/api/v1/contacts/${c.id}/companies/${zeta}`)).status).toBe(404)
    const foreign = await seedCompany(other, { name: 'Theirs', branchId: null })
    const bad = await as(t.token).post(`/api/v1/contacts/${c.id}/companies`, { companyId: foreign })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toBe('companyId')
  })
})
