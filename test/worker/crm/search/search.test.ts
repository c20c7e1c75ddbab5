import { beforeAll, describe, expect, it } from 'vitest'
import { setTrigramThresholds } from '../../../../worker/modules/crm/search/match-any.ts'
import { searchCompanies } from '../../../../worker/modules/crm/search/search-companies.ts'
import { searchContacts } from '../../../../worker/modules/crm/search/search-contacts.ts'
import { searchDeals } from '../../../../worker/modules/crm/search/search-deals.ts'
import { searchNotes } from '../../../../worker/modules/crm/search/search-notes.ts'
import { searchTerms } from '../../../../worker/modules/crm/search/search-terms.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { call, createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import { seedCompany, seedContact, seedDeal, seedNote } from './crm-seed.ts'

let t: TestTenant
const ids: Record<string, string> = {}

/** The marked stretches of a highlighted text, as strings. */
const marked = (h: { text: string; highlights: { start: number; length: number }[] }) =>
  h.highlights.map((r) => h.text.slice(r.start, r.start + r.length))

const search = async (q: string, types?: string, token?: string) => {
  const params = new URLSearchParams({ q, ...(types ? { types } : {}) })
  const res = await call(`/api/v1/crm/search?${params}`, { token: token ?? t.token })
  expect(res.status).toBe(200)
  return res.body as {
    groups: { type: string; items: any[]; hasMore: boolean }[]
  }
}
const group = (body: Awaited<ReturnType<typeof search>>, type: string) =>
  body.groups.find((g) => g.type === type)?.items ?? []

beforeAll(async () => {
  t = await createTestTenant()
  ids.john = await seedContact(t, {
    name: 'John Smith',
    email: 'john.smith@example.com',
    phone: '+61412345678',
    jobTitle: 'Head chef',
  })
  ids.jane = await seedContact(t, { name: 'Jane Doe', email: 'jane@doe.test', phone: '+15550100200' })
  ids.johnson = await seedContact(t, { name: 'Johnny Smithers', email: 'js@example.org' })
  ids.deleted = await seedContact(t, { name: 'Olga Novak', email: 'olga@novak.test', deleted: true })
  ids.acme = await seedCompany(t, { name: 'Acme Holdings', domain: 'acme.com', industry: 'Retail' })
  ids.deal = await seedDeal(t, { name: 'Acme kitchen rollout', companyId: ids.acme })
  ids.note = await seedNote(t, {
    contactId: ids.john,
    body: 'Called about the catering. He wants a quarterly tasting menu for the whole team, budget agreed.',
  })
  ids.deletedNote = await seedNote(t, { contactId: ids.deleted, body: 'Quarterly tasting for Olga' })
  // Another tenant's near twin never shows.
  const other = await createTestTenant()
  await seedContact(other, { name: 'John Smith', email: 'john.smith@example.com', phone: '+61412345679' })
})

describe('search', () => {
  it('finds a misspelled name, closest first, with the matched words highlighted', async () => {
    const [first, ...rest] = group(await search('Jonh Smyth', 'contact'), 'contact')
    expect(first.id).toBe(ids.john)
    expect(first.title.text).toBe('John Smith')
    expect(marked(first.title)).toEqual(['John Smith'])
    expect(rest.map((h: any) => h.id)).not.toContain(ids.deleted)
  })

  it('finds a contact by part of the phone number and marks those digits', async () => {
    const [hit] = group(await search('412 345'), 'contact')
    expect(hit.id).toBe(ids.john)
    const phone = hit.details.find((d: any) => d.text === '+61412345678')
    expect(marked(phone)).toEqual(['412345'])
  })

  it('finds a contact by part of the e-mail address', async () => {
    const items = group(await search('smith@exa', 'contact'), 'contact')
    expect(items[0].id).toBe(ids.john)
    const email = items[0].details[0]
    expect(email.text).toBe('john.smith@example.com')
    expect(marked(email)).toEqual(['smith@exa'])
  })

  it('ranks an exact name above prefix and similar ones', async () => {
    const items = group(await search('John Smith', 'contact'), 'contact')
    expect(items[0].id).toBe(ids.john)
    expect(items.map((h: any) => h.id)).toContain(ids.johnson)
    expect(items[0].rank).toBeGreaterThan(items[1].rank)
  })

  it('finds companies by domain and deals by name, grouped by kind', async () => {
    const body = await search('acme')
    expect(body.groups.map((g) => g.type)).toEqual(['contact', 'company', 'deal', 'note'])
    const [company] = group(body, 'company')
    expect(company.id).toBe(ids.acme)
    expect(marked(company.title)).toEqual(['Acme'])
    expect(company.details.map((d: any) => d.text)).toContain('acme.com')
    const [deal] = group(body, 'deal')
    expect(deal.id).toBe(ids.deal)
    expect(deal.details.map((d: any) => d.text)).toEqual(['New', 'Acme Holdings'])
  })

  it('finds notes by their words, says what they are about, and shows the passage', async () => {
    const [note, ...others] = group(await search('quarterly tasting', 'note'), 'note')
    expect(note.id).toBe(ids.note)
    expect(note.about).toEqual({ type: 'contact', id: ids.john, name: 'John Smith' })
    expect(note.activityType).toBe('note')
    expect(marked(note.details[0])).toEqual(['quarterly tasting'])
    // The note about a deleted contact stays hidden with it.
    expect(others).toEqual([])
  })

  it('hides deleted contacts', async () => {
    expect(group(await search('Olga Novak'), 'contact')).toEqual([])
  })

  it('limits each kind and says when there is more', async () => {
    const res = await t.get('/api/v1/crm/search?q=smith&types=contact&limit=1')
    expect(res.status).toBe(200)
    expect(res.body.groups).toHaveLength(1)
    expect(res.body.groups[0].items).toHaveLength(1)
    expect(res.body.groups[0].hasMore).toBe(true)
  })

  it('refuses a query too short, an unknown kind and a limit out of range, naming the field', async () => {
    for (const [query, field] of [
      ['q=a', 'q'],
      ['q=acme&types=contact,invoice', 'types'],
      ['q=acme&limit=500', 'limit'],
      ['', 'q'],
    ] as const) {
      const res = await t.get(`/api/v1/crm/search?${query}`)
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
      expect(res.body.errors.map((e: any) => e.path.split('.')[0])).toContain(field)
    }
  })
})

describe('autocomplete', () => {
  it('suggests by word prefixes across kinds, at most eight', async () => {
    const res = await t.get('/api/v1/crm/autocomplete?q=jo%20sm')
    expect(res.status).toBe(200)
    expect(res.body.items[0].id).toBe(ids.john)
    expect(res.body.items.length).toBeLessThanOrEqual(8)
    expect(res.body.items.map((h: any) => h.id)).not.toContain(ids.jane)
  })

  it('forgives a typo and finds a company and a phone', async () => {
    const typo = await t.get('/api/v1/crm/autocomplete?q=Jonh%20Sm')
    expect(typo.body.items[0].id).toBe(ids.john)
    const company = await t.get('/api/v1/crm/autocomplete?q=acm')
    expect(company.body.items.map((h: any) => h.type)).toEqual(expect.arrayContaining(['company', 'deal']))
    const phone = await t.get('/api/v1/crm/autocomplete?q=0100%20200')
    expect(phone.body.items.map((h: any) => h.id)).toEqual([ids.jane])
  })
})

describe('visibility', () => {
  it("keeps a branch-scoped manager to their branches' records (and organisation-wide ones)", async () => {
    const scoped = await createTestTenant()
    const elsewhere = await addBranch(scoped, 'Harbour Road')
    const mine = await seedContact(scoped, { name: 'Priya Raman', phone: '+919876500001' })
    const shared = await seedContact(scoped, { name: 'Priya Shared', branchId: null })
    const theirs = await seedContact(scoped, { name: 'Priya Rahman', branchId: elsewhere })
    await seedNote(scoped, { contactId: theirs, body: 'Priya wants the harbour table' })
    const manager = await addMember(scoped, 'manager', [scoped.branchId])

    const body = await search('Priya', undefined, manager.token)
    expect(
      group(body, 'contact')
        .map((h: any) => h.id)
        .sort(),
    ).toEqual([mine, shared].sort())
    expect(group(body, 'note')).toEqual([])
    const auto = await call('/api/v1/crm/autocomplete?q=priya', { token: manager.token })
    expect(auto.body.items.map((h: any) => h.id)).not.toContain(theirs)

    // The owner of the same organisation sees all three.
    const all = await call('/api/v1/crm/search?q=Priya', {
      token: scoped.token,
    })
    expect(all.body.groups[0].items).toHaveLength(3)
  })

  it('lets a viewer search and refuses a request without a session', async () => {
    const viewer = await addMember(t, 'viewer')
    expect((await viewer.get('/api/v1/crm/search?q=acme')).status).toBe(200)
    const anonymous = await call('/api/v1/crm/search?q=acme')
    expect(anonymous.status).toBe(401)
  })
})

describe('query shapes', () => {
  it('answers the same whether each condition is its own index scan or one pass tests them all', async () => {
    const searchers = [searchContacts, searchCompanies, searchDeals, searchNotes]
    for (const q of ['Jonh Smyth', '412 345', 'acme', 'quarterly tasting', 'jo', 'smith@exa']) {
      const run = (indexable: boolean) =>
        asTenant(t.tenantId, async (tx) => {
          await setTrigramThresholds(tx, 0.25, 0.3)
          const plan = {
            tenantId: t.tenantId,
            terms: searchTerms(q),
            mode: 'search' as const,
            kinds: ['literal', 'fuzzy'] as const,
            limit: 10,
            indexable,
          }
          const hits = []
          for (const search of searchers) hits.push(...(await search(tx, plan)))
          return hits.map((h) => h.id)
        })
      const [union, single] = [await run(true), await run(false)]
      expect(union, q).toEqual(single)
      expect(union.length, q).toBeGreaterThan(0)
    }
  })
})
