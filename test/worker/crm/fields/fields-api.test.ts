import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { crmFields } from '../../../../worker/modules/crm/fields/fields.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../leads/inbox-fixtures.ts'
import { as } from '../../team/team-helpers.ts'
import { createCompany, seedContact } from '../companies/companies-fixtures.ts'
import { defineField, keysOf } from './field-fixtures.ts'

let t: TestTenant
let other: TestTenant

beforeAll(async () => {
  t = await createTestTenant()
  other = await createTestTenant()
})

const list = (query = '') => as(t.token).get(`/api/v1/crm/fields${query}`)

describe('defining custom fields', () => {
  it('adds fields in order and lists them per entity', async () => {
    const budget = await defineField(t, { entity: 'contact', key: 'budget', label: 'Budget', type: 'number' })
    expect(budget).toMatchObject({
      id: expect.stringMatching(/^fld_/),
      entity: 'contact',
      key: 'budget',
      type: 'number',
      options: [],
      required: false,
      position: 0,
      archivedAt: null,
    })
    await defineField(t, {
      entity: 'contact',
      key: 'plan',
      label: 'Plan',
      type: 'select',
      options: ['Basic', 'Pro'],
    })
    // The same key on another entity is another field.
    await defineField(t, { entity: 'company', key: 'budget', label: 'Budget', type: 'number' })
    const contactFields = await list('?entity=contact')
    expect(contactFields.status).toBe(200)
    expect(keysOf(contactFields.body)).toEqual(['budget', 'plan'])
    expect(contactFields.body.items.map((f: { position: number }) => f.position)).toEqual([0, 1])
    expect(keysOf((await list('?entity=company')).body)).toEqual(['budget'])
  })

  it.each([
    [{ key: 'Budget' }, 'key'],
    [{ key: '1st' }, 'key'],
    [{ key: 'a'.repeat(41) }, 'key'],
    [{ key: 'with-dash' }, 'key'],
    [{ label: '' }, 'label'],
    [{ type: 'checkbox' }, 'type'],
    [{ entity: 'lead' }, 'entity'],
    [{ type: 'select', options: [] }, 'options'],
    [{ type: 'select', options: ['A', 'a'] }, 'options'],
    [{ type: 'text', options: ['A'] }, 'options'],
    [{ extra: true }, ''],
  ])('refuses %j with a 400 naming %s', async (change, path) => {
    const before = keysOf((await list('?entity=deal&archived=true')).body)
    const res = await as(t.token).post('/api/v1/crm/fields', {
      entity: 'deal',
      key: 'source_ref',
      label: 'Source ref',
      type: 'text',
      ...change,
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    expect(keysOf((await list('?entity=deal&archived=true')).body)).toEqual(before)
  })

  it('answers 409 for a key the entity already uses, archived fields included', async () => {
    const field = await defineField(t, { entity: 'company', key: 'tier', label: 'Tier', type: 'text' })
    const tierAgain = () =>
      as(t.token).post('/api/v1/crm/fields', { entity: 'company', key: 'tier', label: 'x', type: 'text' })
    const again = await tierAgain()
    expect(again.status).toBe(409)
    expect(again.body.errors[0].path).toBe('key')
    expect((await as(t.token).del(`/api/v1/crm/fields/${field.id}`)).status).toBe(204)
    const afterArchive = await tierAgain()
    expect(afterArchive.status).toBe(409)
  })

  it('stops at 100 live fields per entity', async () => {
    const limited = await createTestTenant()
    await asTenant(limited.tenantId, (tx) =>
      tx.insert(crmFields).values(
        Array.from({ length: 100 }, (_, i) => ({
          id: newId('crmField'),
          tenantId: limited.tenantId,
          entity: 'deal' as const,
          key: `f${i}`,
          label: `Field ${i}`,
          type: 'text' as const,
          position: i,
        })),
      ),
    )
    const res = await as(limited.token).post('/api/v1/crm/fields', {
      entity: 'deal',
      key: 'one_more',
      label: 'x',
      type: 'text',
    })
    expect(res.status).toBe(409)
    expect(res.body.detail).toContain('at most 100')
    // Other entities have their own room.
    await defineField(limited, { entity: 'contact', key: 'one_more', label: 'x', type: 'text' })
  })

  it('is for owners and admins; everyone with CRM access can read the list', async () => {
    const manager = await addMember(t, 'manager')
    const viewer = await addMember(t, 'viewer')
    expect(
      (await manager.post('/api/v1/crm/fields', { entity: 'deal', key: 'x', label: 'X', type: 'text' }))
        .status,
    ).toBe(403)
    expect((await viewer.get('/api/v1/crm/fields?entity=contact')).status).toBe(200)
    const admin = await addMember(t, 'admin')
    expect(
      (
        await admin.post('/api/v1/crm/fields', {
          entity: 'deal',
          key: 'admin_note',
          label: 'Note',
          type: 'text',
        })
      ).status,
    ).toBe(201)
  })
})

describe('changing a custom field', () => {
  it('relabels and makes required, but never changes the key', async () => {
    const f = await defineField(t, { entity: 'deal', key: 'po_number', label: 'PO', type: 'text' })
    const res = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, {
      label: 'Purchase order',
      required: true,
      key: 'po_number',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ key: 'po_number', label: 'Purchase order', required: true })
    const rename = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { key: 'po' })
    expect(rename.status).toBe(400)
    expect(rename.body.errors[0].path).toBe('key')
  })

  it('changes the type only while no record holds a value', async () => {
    const f = await defineField(t, { entity: 'contact', key: 'visits', label: 'Visits', type: 'text' })
    const toNumber = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { type: 'number' })
    expect(toNumber.status).toBe(200)
    expect(toNumber.body.type).toBe('number')
    // A soft-deleted record counts too: undo could bring its value back.
    await seedContact(t.tenantId, { name: 'Gone', customFields: { visits: 3 }, deleted: true })
    const toText = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { type: 'text' })
    expect(toText.status).toBe(409)
    expect(toText.body.detail).toContain('1 contact hold')
    expect(
      (await list('?entity=contact')).body.items.find((x: { key: string }) => x.key === 'visits').type,
    ).toBe('number')
  })

  it('needs options when changing to a select type', async () => {
    const f = await defineField(t, { entity: 'deal', key: 'region', label: 'Region', type: 'text' })
    const bare = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { type: 'select' })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].path).toBe('options')
    const ok = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, {
      type: 'select',
      options: ['North', 'South'],
    })
    expect(ok.body).toMatchObject({ type: 'select', options: ['North', 'South'] })
  })

  it('edits options, refusing to remove one live records use and saying how many', async () => {
    const f = await defineField(t, {
      entity: 'contact',
      key: 'level',
      label: 'Level',
      type: 'select',
      options: ['Bronze', 'Silver', 'Gold'],
    })
    const tags = await defineField(t, {
      entity: 'contact',
      key: 'interests',
      label: 'Interests',
      type: 'multi_select',
      options: ['Wine', 'Beer', 'Tea'],
    })
    await seedContact(t.tenantId, { name: 'A', customFields: { level: 'Gold', interests: ['Wine', 'Tea'] } })
    await seedContact(t.tenantId, { name: 'B', customFields: { level: 'Gold', interests: ['Tea'] } })
    await seedContact(t.tenantId, { name: 'C (deleted)', customFields: { level: 'Silver' }, deleted: true })
    const dropGold = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { options: ['Bronze', 'Silver'] })
    expect(dropGold.status).toBe(409)
    expect(dropGold.body.detail).toBe('2 contacts still use the option “Gold”; change them first')
    const dropTea = await as(t.token).patch(`/api/v1/crm/fields/${tags.id}`, { options: ['Wine', 'Beer'] })
    expect(dropTea.status).toBe(409)
    expect(dropTea.body.detail).toContain('2 contacts')
    const dropBeer = await as(t.token).patch(`/api/v1/crm/fields/${tags.id}`, {
      options: ['Tea', 'Wine', 'Juice'],
    })
    expect(dropBeer.status).toBe(200)
    expect(dropBeer.body.options).toEqual(['Tea', 'Wine', 'Juice'])
    // Only deleted records use Silver: it may go.
    const dropSilver = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, {
      options: ['Bronze', 'Gold', 'Platinum'],
    })
    expect(dropSilver.status).toBe(200)
  })

  it('moves a field with position, renumbering the others', async () => {
    const fresh = await createTestTenant()
    const ids = []
    for (const key of ['a', 'b', 'c', 'd'])
      ids.push((await defineField(fresh, { entity: 'deal', key, label: key.toUpperCase(), type: 'text' })).id)
    const moved = await as(fresh.token).patch(`/api/v1/crm/fields/${ids[3]}`, { position: 0 })
    expect(moved.body.position).toBe(0)
    let fields = (await as(fresh.token).get('/api/v1/crm/fields?entity=deal')).body
    expect(keysOf(fields)).toEqual(['d', 'a', 'b', 'c'])
    expect(fields.items.map((f: { position: number }) => f.position)).toEqual([0, 1, 2, 3])
    await as(fresh.token).patch(`/api/v1/crm/fields/${ids[0]}`, { position: 99 })
    fields = (await as(fresh.token).get('/api/v1/crm/fields?entity=deal')).body
    expect(keysOf(fields)).toEqual(['d', 'b', 'c', 'a'])
    // A position on create places it there too.
    await defineField(fresh, { entity: 'deal', key: 'e', label: 'E', type: 'text', position: 1 })
    expect(keysOf((await as(fresh.token).get('/api/v1/crm/fields?entity=deal')).body)).toEqual([
      'd',
      'e',
      'b',
      'c',
      'a',
    ])
  })
})

describe('archiving a custom field', () => {
  it('hides it from lists and from validation, keeping stored values', async () => {
    const f = await defineField(t, { entity: 'company', key: 'vat_no', label: 'VAT number', type: 'text' })
    const company = await createCompany(t, { name: 'Archive Ltd', customFields: { vat_no: 'GB123' } })
    expect((await as(t.token).del(`/api/v1/crm/fields/${f.id}`)).status).toBe(204)
    expect(keysOf((await list('?entity=company')).body)).not.toContain('vat_no')
    const all = (await list('?entity=company&archived=true')).body.items
    expect(all.find((x: { key: string }) => x.key === 'vat_no').archivedAt).not.toBeNull()
    const write = await as(t.token).patch(`/api/v1/companies/${company.id}`, {
      customFields: { vat_no: 'GB999' },
    })
    expect(write.status).toBe(400)
    expect(write.body.errors[0].path).toBe('customFields.vat_no')
    const kept = await as(t.token).get(`/api/v1/companies/${company.id}`)
    expect(kept.body.customFields).toEqual({ vat_no: 'GB123' })
    const change = await as(t.token).patch(`/api/v1/crm/fields/${f.id}`, { label: 'VAT' })
    expect(change.status).toBe(409)
    expect((await as(t.token).del(`/api/v1/crm/fields/${f.id}`)).status).toBe(204)
  })
})

describe('isolation', () => {
  it('answers 404 for another tenant’s field and never lists it', async () => {
    const theirs = await defineField(other, {
      entity: 'contact',
      key: 'secret',
      label: 'Secret',
      type: 'text',
    })
    expect((await as(t.token).patch(`/api/v1/crm/fields/${theirs.id}`, { label: 'Mine' })).status).toBe(404)
    expect((await as(t.token).del(`/api/v1/crm/fields/${theirs.id}`)).status).toBe(404)
    expect(keysOf((await list('?archived=true')).body)).not.toContain('secret')
    const [row] = await asTenant(other.tenantId, (tx) =>
      tx
        .select()
        .from(crmFields)
        .where(and(eq(crmFields.tenantId, other.tenantId), eq(crmFields.id, theirs.id))),
    )
    expect(row).toMatchObject({ label: 'Secret', archivedAt: null })
  })
})
