import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../../helpers/tenant.ts'
import { defineField } from './scoring-fixtures.ts'

const as = (token: string) => ({
  patch: (path: string, body: unknown) => call(path, { method: 'PATCH', token, body: JSON.stringify(body) }),
  del: (path: string) => call(path, { method: 'DELETE', token }),
})

const RULES = [
  { label: 'Came through the site', points: 15, condition: { kind: 'source', sources: ['microsite_form'] } },
  {
    label: 'Scanned twice',
    points: 10,
    condition: { kind: 'engagement', signal: 'qr_scans', min: 2, withinDays: 30 },
  },
  {
    label: 'Big budget',
    points: 20,
    condition: { kind: 'fit', condition: { field: 'custom.budget', op: 'gte', value: 1000 } },
  },
  {
    label: 'Large company',
    points: 10,
    condition: { kind: 'fit', condition: { field: 'company.employees', op: 'gt', value: 50 } },
  },
  {
    label: 'Disposable address',
    points: -30,
    condition: { kind: 'fit', condition: { field: 'email', op: 'contains', value: 'mailinator' } },
  },
  { label: 'Recent activity', points: 20, condition: { kind: 'recency', halfLifeDays: 14 } },
]

describe('scoring rules', () => {
  it('adds rules of every kind, lists them in order, changes, moves and removes them', async () => {
    const t = await createTestTenant()
    await defineField(t, 'contact', 'budget', 'number')
    const ids: string[] = []
    for (const rule of RULES) {
      const res = await t.post('/api/v1/scoring/rules', rule)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body).toMatchObject({ ...rule, enabled: true })
      ids.push(res.body.id)
    }
    const list = await t.get('/api/v1/scoring/rules')
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual(ids)

    const owner = as(t.token)
    const off = await owner.patch(`/api/v1/scoring/rules/${ids[0]}`, { enabled: false, points: 5 })
    expect(off.body).toMatchObject({ enabled: false, points: 5, label: 'Came through the site' })
    const moved = await owner.patch(`/api/v1/scoring/rules/${ids[5]}`, { position: 0 })
    expect(moved.status).toBe(200)
    const order = (await t.get('/api/v1/scoring/rules')).body.items.map((r: { id: string }) => r.id)
    expect(order).toEqual([ids[5], ...ids.slice(0, 5)])

    expect((await owner.del(`/api/v1/scoring/rules/${ids[1]}`)).status).toBe(204)
    expect((await owner.del(`/api/v1/scoring/rules/${ids[1]}`)).status).toBe(404)
    expect((await t.get('/api/v1/scoring/rules')).body.items).toHaveLength(5)
  })

  it('refuses fit rules on fields that do not exist, naming the field, and other bad input', async () => {
    const t = await createTestTenant()
    const fitRule = (field: string, value: unknown = 1) => ({
      label: 'Fit',
      points: 10,
      condition: { kind: 'fit', condition: { field, op: 'gte', value } },
    })
    for (const field of ['custom.budget', 'company.revenue', 'shoeSize', 'score']) {
      const res = await t.post('/api/v1/scoring/rules', fitRule(field))
      expect(res.status, field).toBe(400)
      expect(res.body.errors[0].path, field).toMatch(/^condition\.condition\.field/)
    }
    await defineField(t, 'contact', 'budget', 'number')
    const wrongType = await t.post('/api/v1/scoring/rules', fitRule('custom.budget', 'lots'))
    expect([wrongType.status, wrongType.body.errors[0].path]).toEqual([400, 'condition.condition.value'])
    expect((await t.post('/api/v1/scoring/rules', fitRule('custom.budget'))).status).toBe(201)

    const zero = await t.post('/api/v1/scoring/rules', { ...RULES[0], points: 0 })
    expect([zero.status, zero.body.errors[0].path]).toEqual([400, 'points'])
    const unknownKind = await t.post('/api/v1/scoring/rules', {
      label: 'x',
      points: 5,
      condition: { kind: 'vibes' },
    })
    expect(unknownKind.status).toBe(400)
    const badSignal = await t.post('/api/v1/scoring/rules', {
      label: 'x',
      points: 5,
      condition: { kind: 'engagement', signal: 'likes', min: 1 },
    })
    expect(badSignal.body.errors[0].path).toMatch(/^condition/)
    expect((await t.get('/api/v1/scoring/rules')).body.items).toHaveLength(1)
  })

  it('starts from the suggested rules once, and only for an organisation without rules', async () => {
    const t = await createTestTenant()
    const first = await t.post('/api/v1/scoring/rules/suggested', {})
    expect(first.status).toBe(201)
    expect(first.body.items.length).toBeGreaterThan(4)
    expect(first.body.items.map((r: { position: number }) => r.position)).toEqual(
      first.body.items.map((_: unknown, i: number) => i),
    )
    const again = await t.post('/api/v1/scoring/rules/suggested', {})
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT'])
  })

  it('lets every member read the rules but only owners and admins change them', async () => {
    const owner = await createTestTenant()
    const rule = (await owner.post('/api/v1/scoring/rules', RULES[0])).body
    for (const role of ['agent', 'manager'] as const) {
      const t = await createTestTenant({ role })
      expect((await t.get('/api/v1/scoring/rules')).status).toBe(200)
      const res = await t.post('/api/v1/scoring/rules', RULES[0])
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN'])
      expect((await t.post('/api/v1/scoring/recompute', {})).status).toBe(403)
    }
    // Another organisation's rule is not there at all.
    const other = await createTestTenant()
    expect((await as(other.token).patch(`/api/v1/scoring/rules/${rule.id}`, { enabled: false })).status).toBe(
      404,
    )
    expect((await as(other.token).del(`/api/v1/scoring/rules/${rule.id}`)).status).toBe(404)
    expect((await other.get('/api/v1/scoring/rules')).body.items).toEqual([])
    expect((await owner.get('/api/v1/scoring/rules')).body.items[0].enabled).toBe(true)
  })
})
