import { and, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import {
  activities,
  attachments,
  companies,
  contactCompanies,
  contacts,
  deals,
} from '../../../../worker/modules/crm/index.ts'
import { leads, leadTouches } from '../../../../worker/modules/leads/leads.tables.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import {
  linkCompany,
  seedAttachment,
  seedCompany,
  seedContact,
  seedDeal,
  seedLead,
  seedNote,
} from '../search/crm-seed.ts'

const contactRow = (t: TestTenant, id: string) =>
  asTenant(t.tenantId, async (tx) => (await tx.select().from(contacts).where(eq(contacts.id, id)))[0])

/** Where each thing that belonged to the contacts points now. */
const ownersOf = (t: TestTenant, ids: { lead: string; note: string; deal: string; attachment: string }) =>
  asTenant(t.tenantId, async (tx) => ({
    lead: (await tx.select().from(leads).where(eq(leads.id, ids.lead)))[0]?.contactId,
    touches: (await tx.select().from(leadTouches).where(eq(leadTouches.leadId, ids.lead))).map(
      (r) => r.contactId,
    ),
    note: (await tx.select().from(activities).where(eq(activities.id, ids.note)))[0]?.contactId,
    deal: (await tx.select().from(deals).where(eq(deals.id, ids.deal)))[0]?.contactId,
    attachment: (await tx.select().from(attachments).where(eq(attachments.id, ids.attachment)))[0]?.entityId,
  }))

describe('merging contacts', () => {
  it('keeps every lead, touch, activity, deal, link and file, with the values chosen', async () => {
    const t = await createTestTenant()
    const primary = await seedContact(t, {
      name: 'Asha',
      email: 'asha@rao.test',
      phone: '+61412345678',
      tags: ['vip'],
      customFields: { budget: 100 },
    })
    const dupe = await seedContact(t, {
      name: 'Asha Rao',
      email: 'asha.rao@work.test',
      phone: '+61400000001',
      otherEmails: ['asha@rao.test', 'a.rao@home.test'],
      tags: ['catering', 'vip'],
      customFields: { budget: 900, diet: 'vegan' },
    })
    const ownNote = await seedNote(t, { contactId: primary, body: 'First call' })
    const lead = await seedLead(t, dupe)
    const note = await seedNote(t, { contactId: dupe, body: 'Wants a tasting' })
    const deal = await seedDeal(t, { name: 'Tasting menu', contactId: dupe })
    const attachment = await seedAttachment(t, 'contact', dupe)
    const acme = await seedCompany(t, { name: 'Acme' })
    await linkCompany(t, dupe, acme)

    const res = await t.post('/api/v1/contacts/merge', {
      primaryId: primary,
      mergeIds: [dupe],
      fields: { name: dupe, email: dupe, 'custom.budget': primary },
    })
    expect(res.status).toBe(200)
    expect(res.body.moved).toMatchObject({
      leads: 1,
      leadTouches: 1,
      activities: 1,
      deals: 1,
      links: 1,
      attachments: 1,
    })

    const kept = await contactRow(t, primary)
    expect(kept).toMatchObject({
      name: 'Asha Rao',
      email: 'asha.rao@work.test',
      phone: '+61412345678',
      otherEmails: ['asha@rao.test', 'a.rao@home.test'],
      otherPhones: ['+61400000001'],
      tags: ['vip', 'catering'],
      customFields: { budget: 100, diet: 'vegan' },
    })
    expect(await contactRow(t, dupe)).toBeUndefined()
    expect(await ownersOf(t, { lead, note, deal, attachment })).toEqual({
      lead: primary,
      touches: [primary],
      note: primary,
      deal: primary,
      attachment: primary,
    })
    const timeline = await asTenant(t.tenantId, (tx) =>
      tx.select().from(activities).where(eq(activities.contactId, primary)),
    )
    expect(timeline.map((a) => a.id)).toEqual(expect.arrayContaining([ownNote, note]))
    const merge = timeline.find((a) => a.type === 'merge')!
    expect(merge.id).toBe(res.body.activityId)
    expect(merge.body).toContain('Asha Rao (asha.rao@work.test)')
    expect(merge.meta).toMatchObject({ mergedIds: [dupe] })
    const links = await asTenant(t.tenantId, (tx) =>
      tx.select().from(contactCompanies).where(eq(contactCompanies.contactId, primary)),
    )
    expect(links).toMatchObject([{ companyId: acme, isPrimary: true }])
  })

  it('merges several at once and moves rows the scoped manager cannot see', async () => {
    const t = await createTestTenant()
    const elsewhere = await addBranch(t, 'Harbour Road')
    const [a, b, c] = [
      await seedContact(t, { name: 'Kim Lee', email: 'kim@lee.test' }),
      await seedContact(t, { name: 'Kim Lee', phone: '+15550100200' }),
      await seedContact(t, { name: 'K Lee' }),
    ]
    // Logged while the contact belonged to another branch: outside the manager's sight.
    const hiddenNote = await asTenant(t.tenantId, async (tx) => {
      const [row] = await tx
        .insert(activities)
        .values({
          id: newId('activity'),
          tenantId: t.tenantId,
          contactId: c,
          branchId: elsewhere,
          type: 'note',
          body: 'Old branch',
        })
        .returning({ id: activities.id })
      return row!.id
    })
    const manager = await addMember(t, 'manager', [t.branchId])
    const res = await manager.post('/api/v1/contacts/merge', { primaryId: a, mergeIds: [b, c] })
    expect(res.status).toBe(200)
    const kept = await contactRow(t, a)
    expect(kept).toMatchObject({ email: 'kim@lee.test', phone: '+15550100200' })
    const note = await asTenant(
      t.tenantId,
      async (tx) => (await tx.select().from(activities).where(eq(activities.id, hiddenNote)))[0],
    )
    expect(note).toMatchObject({ contactId: a, branchId: elsewhere })
  })

  it('refuses a scoped manager leaving a contact without a branch (403), changing nothing', async () => {
    const t = await createTestTenant()
    const a = await seedContact(t, { name: 'Shared A', branchId: null })
    const b = await seedContact(t, { name: 'Shared B', branchId: null })
    const manager = await addMember(t, 'manager', [t.branchId])
    const res = await manager.post('/api/v1/contacts/merge', { primaryId: a, mergeIds: [b] })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].path).toBe('fields.branchId')
    expect(await contactRow(t, b)).toBeDefined()
    // Choosing a record with a branch is allowed.
    const c = await seedContact(t, { name: 'Shared C' })
    const ok = await manager.post('/api/v1/contacts/merge', {
      primaryId: a,
      mergeIds: [b, c],
      fields: { branchId: c },
    })
    expect(ok.status).toBe(200)
    expect(await contactRow(t, a)).toMatchObject({ branchId: t.branchId })
  })

  it("refuses another organisation's contact with a 404 and changes nothing", async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const mine = await seedContact(t, { name: 'Mine', email: 'mine@a.test' })
    const mineToo = await seedContact(t, { name: 'Mine too' })
    const theirs = await seedContact(other, { name: 'Theirs', email: 'theirs@b.test' })
    const theirLead = await seedLead(other, theirs)

    const res = await t.post('/api/v1/contacts/merge', { primaryId: mine, mergeIds: [mineToo, theirs] })
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
    expect(await contactRow(t, mineToo)).toBeDefined()
    expect(await contactRow(t, mine)).toMatchObject({ name: 'Mine', email: 'mine@a.test' })
    expect(await contactRow(other, theirs)).toMatchObject({ name: 'Theirs' })
    const lead = await asTenant(
      other.tenantId,
      async (tx) => (await tx.select().from(leads).where(eq(leads.id, theirLead)))[0],
    )
    expect(lead?.contactId).toBe(theirs)

    const asPrimary = await t.post('/api/v1/contacts/merge', { primaryId: theirs, mergeIds: [mine] })
    expect(asPrimary.status).toBe(404)
    expect(await contactRow(t, mine)).toBeDefined()
  })

  it('refuses bad requests naming the field, and agents', async () => {
    const t = await createTestTenant()
    const a = await seedContact(t, { name: 'A' })
    const b = await seedContact(t, { name: 'B' })
    const cases: [unknown, string][] = [
      [{ primaryId: a, mergeIds: [a] }, 'mergeIds'],
      [{ primaryId: a, mergeIds: [] }, 'mergeIds'],
      [{ primaryId: a, mergeIds: Array.from({ length: 10 }, (_, i) => `con_${i}`) }, 'mergeIds'],
      [{ primaryId: a, mergeIds: [b, b] }, 'mergeIds'],
      [{ primaryId: a, mergeIds: [b], fields: { colour: b } }, 'fields.colour'],
      [{ primaryId: a, mergeIds: [b], fields: { name: 'con_elsewhere' } }, 'fields.name'],
      [{ primaryId: a, mergeIds: [b], extra: true }, ''],
    ]
    for (const [body, path] of cases) {
      const res = await t.post('/api/v1/contacts/merge', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
      if (path) expect(res.body.errors.map((e: any) => e.path)).toContain(path)
    }
    const agent = await addMember(t, 'agent')
    expect((await agent.post('/api/v1/contacts/merge', { primaryId: a, mergeIds: [b] })).status).toBe(403)
    expect(await contactRow(t, b)).toBeDefined()
  })

  it('previews the choice field by field', async () => {
    const t = await createTestTenant()
    const a = await seedContact(t, { name: 'Asha', email: null })
    const b = await seedContact(t, { name: 'Asha Rao', email: 'asha@rao.test' })
    const res = await t.get(`/api/v1/crm/merge-preview?entity=contact&ids=${a},${b}`)
    expect(res.status).toBe(200)
    const field = (key: string) => res.body.fields.find((f: any) => f.key === key)
    expect(field('name')).toMatchObject({ defaultRecordId: a, differs: true })
    expect(field('email')).toMatchObject({
      defaultRecordId: b,
      options: [
        { recordId: a, value: null },
        { recordId: b, value: 'asha@rao.test' },
      ],
    })
    expect(field('branchId').options[0].value).toBe('Main Street')
    expect(field('jobTitle')).toBeUndefined()
    const other = await createTestTenant()
    const theirs = await seedContact(other, { name: 'Theirs' })
    expect((await t.get(`/api/v1/crm/merge-preview?entity=contact&ids=${a},${theirs}`)).status).toBe(404)
  })
})

describe('merging companies', () => {
  it('moves people, deals, activities, files and subsidiaries, keeping one primary company each', async () => {
    const t = await createTestTenant()
    const acme = await seedCompany(t, { name: 'Acme', domain: 'acme.com' })
    const dupe = await seedCompany(t, {
      name: 'ACME Holdings',
      domain: 'acme-holdings.test',
      industry: 'Retail',
    })
    const child = await seedCompany(t, { name: 'Acme North', parentId: dupe })
    const both = await seedContact(t, { name: 'Linked twice' })
    await linkCompany(t, both, dupe, true)
    await linkCompany(t, both, acme, false)
    const only = await seedContact(t, { name: 'Linked to the duplicate' })
    await linkCompany(t, only, dupe, true)
    const deal = await seedDeal(t, { name: 'Acme rollout', companyId: dupe })
    const note = await seedNote(t, { companyId: dupe, body: 'Met the buyer' })
    const file = await seedAttachment(t, 'company', dupe)

    const res = await t.post('/api/v1/companies/merge', {
      primaryId: acme,
      mergeIds: [dupe],
      fields: { name: dupe },
    })
    expect(res.status).toBe(200)
    expect(res.body.moved).toMatchObject({
      links: 1,
      deals: 1,
      activities: 1,
      attachments: 1,
      childCompanies: 1,
    })
    const state = await asTenant(t.tenantId, async (tx) => ({
      companies: await tx
        .select()
        .from(companies)
        .where(inArray(companies.id, [acme, dupe, child])),
      links: await tx
        .select()
        .from(contactCompanies)
        .where(inArray(contactCompanies.contactId, [both, only])),
      deal: (await tx.select().from(deals).where(eq(deals.id, deal)))[0],
      note: (await tx.select().from(activities).where(eq(activities.id, note)))[0],
      file: (await tx.select().from(attachments).where(eq(attachments.id, file)))[0],
      merge: await tx
        .select()
        .from(activities)
        .where(and(eq(activities.companyId, acme), eq(activities.type, 'merge'))),
    }))
    const byId = new Map(state.companies.map((c) => [c.id, c]))
    expect(byId.get(acme)).toMatchObject({ name: 'ACME Holdings', domain: 'acme.com', industry: 'Retail' })
    expect(byId.has(dupe)).toBe(false)
    expect(byId.get(child)?.parentId).toBe(acme)
    expect(state.links.map((l) => [l.contactId, l.companyId, l.isPrimary]).sort()).toEqual(
      [
        [both, acme, true],
        [only, acme, true],
      ].sort(),
    )
    expect(state.deal?.companyId).toBe(acme)
    expect(state.note?.companyId).toBe(acme)
    expect(state.file?.entityId).toBe(acme)
    expect(state.merge).toHaveLength(1)
  })

  it('drops a parent that is being merged and refuses one that would loop (409, nothing changed)', async () => {
    const t = await createTestTenant()
    const group = await seedCompany(t, { name: 'Group' })
    const sub = await seedCompany(t, { name: 'Group subsidiary', parentId: group })
    const res = await t.post('/api/v1/companies/merge', { primaryId: group, mergeIds: [sub] })
    expect(res.status).toBe(200)
    const kept = await asTenant(
      t.tenantId,
      async (tx) => (await tx.select().from(companies).where(eq(companies.id, group)))[0],
    )
    expect(kept?.parentId).toBeNull()

    const top = await seedCompany(t, { name: 'Top' })
    const other = await seedCompany(t, { name: 'Other' })
    const below = await seedCompany(t, { name: 'Below top', parentId: top })
    await asTenant(t.tenantId, (tx) =>
      tx.update(companies).set({ parentId: below }).where(eq(companies.id, other)),
    )
    const loop = await t.post('/api/v1/companies/merge', { primaryId: top, mergeIds: [other] })
    expect(loop.status).toBe(409)
    expect(loop.body.errors[0].path).toBe('fields.parentId')
    const still = await asTenant(t.tenantId, (tx) =>
      tx
        .select()
        .from(companies)
        .where(inArray(companies.id, [top, other])),
    )
    expect(still).toHaveLength(2)
  })
})
