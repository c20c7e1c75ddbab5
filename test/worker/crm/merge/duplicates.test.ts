import { beforeAll, describe, expect, it } from 'vitest'
import { call, createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../leads/inbox-fixtures.ts'
import { linkCompany, seedCompany, seedContact } from '../search/crm-seed.ts'

let t: TestTenant
const ids: Record<string, string> = {}

const list = async (query: string) => {
  const res = await t.get(`/api/v1/crm/duplicates?${query}`)
  expect(res.status).toBe(200)
  return res.body as { items: any[]; nextCursor: string | null }
}
const pairOf = (items: any[], a?: string, b?: string) =>
  items.find(
    (p) =>
      p.records
        .map((r: any) => r.id)
        .sort()
        .join() === [a, b].sort().join(),
  )

beforeAll(async () => {
  t = await createTestTenant()
  ids.asha = await seedContact(t, { name: 'Asha Rao', email: 'asha@rao.test' })
  ids.ashaAgain = await seedContact(t, {
    name: 'A. Rao',
    email: 'a.rao@work.test',
    otherEmails: ['ASHA@rao.test'],
  })
  ids.ben = await seedContact(t, { name: 'Ben Ode', phone: '+61412345678' })
  ids.benAgain = await seedContact(t, { name: 'Benjamin Ode', otherPhones: ['0412 345 678'] })
  const acme = await seedCompany(t, { name: 'Acme Holdings', domain: 'acme.com' })
  const globex = await seedCompany(t, { name: 'Globex', domain: 'globex.test' })
  ids.jonathan = await seedContact(t, { name: 'Jonathan Miles' })
  ids.jonathon = await seedContact(t, { name: 'Jonathon Miles' })
  ids.elsewhere = await seedContact(t, { name: 'Jonathan Miles' })
  await linkCompany(t, ids.jonathan, acme)
  await linkCompany(t, ids.jonathon, acme)
  await linkCompany(t, ids.elsewhere, globex)
  ids.gone = await seedContact(t, { name: 'Asha Rao', email: 'ASHA@RAO.TEST', deleted: true })
  ids.acme = acme
  ids.acmeAgain = await seedCompany(t, { name: 'Acme Holdings Ltd' })
  ids.acmeSite = await seedCompany(t, { name: 'Coyote Supplies', website: 'https://www.ACME.com/about' })
  await seedCompany(t, { name: 'Unrelated Foods' })
})

describe('contact duplicates', () => {
  it('pairs the same e-mail across main and further addresses, in any case', async () => {
    const { items } = await list('entity=contact')
    const pair = pairOf(items, ids.asha, ids.ashaAgain)
    expect(pair.reasons).toEqual([{ kind: 'email', label: 'Same e-mail address: asha@rao.test' }])
    expect(pair.confidence).toBe(95)
    expect(pair.records.find((r: any) => r.id === ids.ashaAgain).facts).toContainEqual({
      label: 'Other e-mail addresses',
      value: 'ASHA@rao.test',
    })
  })

  it('pairs phone numbers whose last nine digits agree', async () => {
    const { items } = await list('entity=contact')
    const pair = pairOf(items, ids.ben, ids.benAgain)
    expect(pair.reasons.map((r: any) => r.kind)).toEqual(['phone'])
    expect(pair.reasons[0].label).toContain('412345678')
  })

  it('pairs similar names only at the same primary company, and leaves deleted contacts out', async () => {
    const { items } = await list('entity=contact')
    const pair = pairOf(items, ids.jonathan, ids.jonathon)
    expect(pair.reasons[0].kind).toBe('name_and_company')
    expect(pair.reasons[0].label).toMatch(/^Similar names \(\d+% alike\), both at Acme Holdings$/)
    expect(pair.confidence).toBeLessThan(85)
    expect(pairOf(items, ids.jonathan, ids.elsewhere)).toBeUndefined()
    expect(items.flatMap((p: any) => p.records.map((r: any) => r.id))).not.toContain(ids.gone)
    // Most certain first.
    const confidences = items.map((p: any) => p.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
  })

  it('pages with a cursor, without repeats', async () => {
    const first = await list('entity=contact&limit=1')
    expect(first.items).toHaveLength(1)
    expect(first.nextCursor).toBeTruthy()
    const second = await list(`entity=contact&limit=50&cursor=${encodeURIComponent(first.nextCursor!)}`)
    expect(second.items.map((p: any) => p.key)).not.toContain(first.items[0].key)
    expect(second.items).toHaveLength(2)
    expect(second.nextCursor).toBeNull()
  })

  it("keeps a branch-scoped manager to their branches' records", async () => {
    const scoped = await createTestTenant()
    const elsewhere = await addBranch(scoped, 'Harbour Road')
    const mine = await seedContact(scoped, { name: 'Kim Lee', email: 'kim@lee.test' })
    const twin = await seedContact(scoped, { name: 'Kim Lee', otherEmails: ['KIM@lee.test'] })
    const hidden = await seedContact(scoped, {
      name: 'K. Lee',
      email: 'KIM@LEE.TEST',
      branchId: elsewhere,
    })
    const manager = await addMember(scoped, 'manager', [scoped.branchId])
    const res = await manager.get('/api/v1/crm/duplicates?entity=contact')
    expect(res.status).toBe(200)
    expect(res.body.items.map((p: any) => p.records.map((r: any) => r.id).sort())).toEqual([
      [mine, twin].sort(),
    ])
    const all = await call('/api/v1/crm/duplicates?entity=contact', { token: scoped.token })
    expect(all.body.items).toHaveLength(3)
    expect(all.body.items.flatMap((p: any) => p.records.map((r: any) => r.id))).toContain(hidden)
  })
})

describe('company duplicates', () => {
  it('pairs similar names that start alike, and the same domain', async () => {
    const { items } = await list('entity=company')
    const pair = pairOf(items, ids.acme, ids.acmeAgain)
    expect(pair.reasons[0].kind).toBe('name')
    expect(pair.records.find((r: any) => r.id === ids.acme).facts).toContainEqual({
      label: 'Domain',
      value: 'acme.com',
    })
    const site = pairOf(items, ids.acme, ids.acmeSite)
    expect(site.reasons).toEqual([{ kind: 'domain', label: 'Same domain: acme.com' }])
    expect(site.confidence).toBe(90)
    expect(items.every((p: any) => p.records.every((r: any) => r.name !== 'Unrelated Foods'))).toBe(true)
  })
})

describe('bad input', () => {
  it('refuses a missing or unknown kind and a cursor it did not give out', async () => {
    for (const query of ['', 'entity=deal', 'entity=contact&cursor=bm9wZQ', 'entity=contact&limit=0']) {
      const res = await t.get(`/api/v1/crm/duplicates?${query}`)
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
    }
  })
})
