import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, namesOf, seedLead } from './inbox-fixtures.ts'

const minutes = (n: number) => new Date(Date.now() + n * 60_000)

describe('the leads inbox list', () => {
  it('filters by branch, repeated or comma separated', async () => {
    const t = await createTestTenant()
    const harbour = await addBranch(t)
    const hill = await addBranch(t, 'Hill Street')
    await seedLead(t, { name: 'Main lead' })
    await seedLead(t, { name: 'Harbour lead', branchId: harbour })
    await seedLead(t, { name: 'Hill lead', branchId: hill })
    expect(namesOf(await t.get(`/api/v1/leads?branchId=${harbour}`))).toEqual(['Harbour lead'])
    const both = await t.get(`/api/v1/leads?branchId=${harbour},${hill}`)
    expect(namesOf(both).sort()).toEqual(['Harbour lead', 'Hill lead'])
    const repeated = await t.get(`/api/v1/leads?branchId=${harbour}&branchId=${t.branchId}`)
    expect(namesOf(repeated).sort()).toEqual(['Harbour lead', 'Main lead'])
  })

  it('filters by source, source id and status', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'Form', source: 'microsite_form' })
    await seedLead(t, { name: 'Facebook', source: 'facebook', sourceId: 'lsrc_fb', status: 'contacted' })
    await seedLead(t, { name: 'Google', source: 'google_ads', sourceId: 'lsrc_g', status: 'won' })
    expect(namesOf(await t.get('/api/v1/leads?source=facebook'))).toEqual(['Facebook'])
    expect(namesOf(await t.get('/api/v1/leads?source=facebook,google_ads')).sort()).toEqual([
      'Facebook',
      'Google',
    ])
    expect(namesOf(await t.get('/api/v1/leads?sourceId=lsrc_g'))).toEqual(['Google'])
    expect(namesOf(await t.get('/api/v1/leads?status=new'))).toEqual(['Form'])
    expect(namesOf(await t.get('/api/v1/leads?status=contacted&status=won')).sort()).toEqual([
      'Facebook',
      'Google',
    ])
    const bad = await t.get('/api/v1/leads?status=pending')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toContain('status')
  })

  it('filters by owner: me, unassigned, or a member', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    await seedLead(t, { name: 'Mine', ownerUserId: t.userId })
    await seedLead(t, { name: 'Agent’s', ownerUserId: agent.userId })
    await seedLead(t, { name: 'Nobody’s' })
    expect(namesOf(await t.get('/api/v1/leads?owner=me'))).toEqual(['Mine'])
    expect(namesOf(await agent.get('/api/v1/leads?owner=me'))).toEqual(['Agent’s'])
    expect(namesOf(await t.get('/api/v1/leads?owner=unassigned'))).toEqual(['Nobody’s'])
    expect(namesOf(await t.get(`/api/v1/leads?owner=${agent.userId}`))).toEqual(['Agent’s'])
  })

  it('leaves spam out unless asked for', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'Real' })
    await seedLead(t, { name: 'Junk', spam: true, spamReasons: ['honeypot'] })
    expect(namesOf(await t.get('/api/v1/leads'))).toEqual(['Real'])
    expect(namesOf(await t.get('/api/v1/leads?spam=only'))).toEqual(['Junk'])
    const all = await t.get('/api/v1/leads?spam=include')
    expect(namesOf(all).sort()).toEqual(['Junk', 'Real'])
    expect(all.body.data.find((l: { name: string }) => l.name === 'Junk').spam).toEqual({
      marked: true,
      score: 80,
      reasons: ['honeypot'],
    })
  })

  it('filters by when the lead arrived, by day or instant', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'October', createdAt: new Date('2026-10-31T23:30:00Z') })
    await seedLead(t, { name: 'Early November', createdAt: new Date('2026-11-01T08:00:00Z') })
    await seedLead(t, { name: 'Late November', createdAt: new Date('2026-11-20T18:00:00Z') })
    expect(namesOf(await t.get('/api/v1/leads?from=2026-11-01'))).toEqual(['Late November', 'Early November'])
    // A bare `to` day is included whole.
    expect(namesOf(await t.get('/api/v1/leads?to=2026-11-01'))).toEqual(['Early November', 'October'])
    const instants = await t.get(
      `/api/v1/leads?from=${encodeURIComponent('2026-11-01T09:00:00+01:00')}&to=2026-11-19`,
    )
    expect(namesOf(instants)).toEqual(['Early November'])
    const backwards = await t.get('/api/v1/leads?from=2026-11-02&to=2026-11-01')
    expect(backwards.status).toBe(400)
    expect((await t.get('/api/v1/leads?from=yesterday')).status).toBe(400)
  })

  it('filters by SLA: breached or still running', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'Overdue', slaDueAt: minutes(-5) })
    await seedLead(t, { name: 'Answered late', slaDueAt: minutes(-30), firstResponseAt: minutes(-10) })
    await seedLead(t, { name: 'Answered in time', slaDueAt: minutes(-30), firstResponseAt: minutes(-40) })
    await seedLead(t, { name: 'Running', slaDueAt: minutes(10) })
    await seedLead(t, { name: 'No target' })
    const breached = await t.get('/api/v1/leads?sla=breached')
    expect(namesOf(breached).sort()).toEqual(['Answered late', 'Overdue'])
    expect(namesOf(await t.get('/api/v1/leads?sla=due'))).toEqual(['Running'])
  })

  it('searches names, e-mail addresses, messages and phone digits', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'Asha Rao', email: 'asha@example.com', phone: '+919812345678' })
    await seedLead(t, { name: 'Ben Li', email: 'ben@shop.example', message: 'Table by the WINDOW please' })
    await seedLead(t, { name: 'Cara Diaz', email: null, phone: '+14155550123' })
    const search = async (q: string) => namesOf(await t.get(`/api/v1/leads?q=${encodeURIComponent(q)}`))
    expect(await search('asha')).toEqual(['Asha Rao'])
    expect(await search('SHOP.EXAMPLE')).toEqual(['Ben Li'])
    expect(await search('window')).toEqual(['Ben Li'])
    expect(await search('98123')).toEqual(['Asha Rao'])
    expect(await search('(415) 555-0123')).toEqual(['Cara Diaz'])
    expect(await search('nobody')).toEqual([])
  })

  it('matches % and _ in a search literally', async () => {
    const t = await createTestTenant()
    await seedLead(t, { name: 'Percent', message: 'Is there a 10% discount?' })
    await seedLead(t, { name: 'Underscore', email: 'first_last@example.com' })
    await seedLead(t, { name: 'Plain', email: 'firstxlast@example.com', message: 'Is there a 10 discount?' })
    const search = async (q: string) => namesOf(await t.get(`/api/v1/leads?q=${encodeURIComponent(q)}`))
    expect(await search('10%')).toEqual(['Percent'])
    expect(await search('%')).toEqual(['Percent'])
    expect(await search('first_last')).toEqual(['Underscore'])
    expect(await search('_')).toEqual(['Underscore'])
    expect(await search('\\')).toEqual([])
  })

  it('combines filters and pages through them with the cursor', async () => {
    const t = await createTestTenant()
    for (let i = 0; i < 5; i++) {
      await seedLead(t, { name: `Web ${i}`, createdAt: new Date(Date.UTC(2026, 10, 1, 10, i)) })
      await seedLead(t, {
        name: `Ad ${i}`,
        source: 'facebook',
        createdAt: new Date(Date.UTC(2026, 10, 1, 10, i)),
      })
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query = `source=microsite_form&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const res: { status: number; body: any } = await t.get(`/api/v1/leads?${query}`)
      expect(res.status).toBe(200)
      seen.push(...namesOf(res))
      cursor = res.body.nextCursor
    } while (cursor)
    expect(seen).toEqual(['Web 4', 'Web 3', 'Web 2', 'Web 1', 'Web 0'])
  })

  it('shows a branch-limited manager only their branches, whatever they filter', async () => {
    const t = await createTestTenant()
    const harbour = await addBranch(t)
    const manager = await addMember(t, 'manager', [harbour])
    await seedLead(t, { name: 'Main lead' })
    await seedLead(t, { name: 'Harbour lead', branchId: harbour })
    expect(namesOf(await manager.get('/api/v1/leads'))).toEqual(['Harbour lead'])
    expect(namesOf(await manager.get(`/api/v1/leads?branchId=${t.branchId}`))).toEqual([])
    expect(namesOf(await manager.get('/api/v1/leads?q=lead'))).toEqual(['Harbour lead'])
  })

  it('never lists another tenant’s leads, even when asked by branch id', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    await seedLead(a, { name: 'A lead' })
    expect(namesOf(await b.get(`/api/v1/leads?branchId=${a.branchId}&spam=include`))).toEqual([])
    expect(namesOf(await b.get('/api/v1/leads?q=A%20lead'))).toEqual([])
  })
})
