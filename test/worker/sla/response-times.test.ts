import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addBranch, addPerson, insertLead } from '../routing/routing-fixtures.ts'

const MINUTE = 60_000
const BASE = Date.parse('2025-01-06T10:00:00Z')
const RANGE = 'from=2025-01-06&to=2025-01-06'

/** A lead due 15 minutes after it arrived, answered after `answered` minutes (or never). */
function lead(
  t: TestTenant,
  branchId: string,
  answered: number | null,
  extra: { owner?: string; spam?: boolean; day?: number } = {},
) {
  const createdAt = new Date(BASE + (extra.day ?? 0) * 1440 * MINUTE)
  const slaDueAt = new Date(createdAt.getTime() + 15 * MINUTE)
  const late = answered === null || answered > 15
  return insertLead(t, {
    branchId,
    createdAt,
    slaDueAt,
    firstResponseAt: answered === null ? null : new Date(createdAt.getTime() + answered * MINUTE),
    slaBreachedAt: late ? slaDueAt : null,
    escalationLevel: late ? 1 : 0,
    ownerUserId: extra.owner ?? null,
    spam: extra.spam ?? false,
  })
}

async function seeded() {
  const t = await createTestTenant()
  const harbour = await addBranch(t, 'Harbour')
  const asha = await addPerson(t, 'agent', { name: 'Asha' })
  const bela = await addPerson(t, 'agent', { name: 'Bela' })
  await Promise.all([
    lead(t, t.branchId, 10, { owner: asha.userId }),
    lead(t, t.branchId, 20, { owner: asha.userId }),
    lead(t, t.branchId, 30, { owner: bela.userId }),
    lead(t, t.branchId, 40, { owner: bela.userId }),
    lead(t, t.branchId, null),
    // Left out: spam, and a lead of the next day.
    lead(t, t.branchId, 1, { owner: asha.userId, spam: true }),
    lead(t, t.branchId, 1, { owner: asha.userId, day: 1 }),
    lead(t, harbour, 5, { owner: bela.userId }),
  ])
  return { t, harbour, asha, bela }
}

describe('response times report', () => {
  it('reports leads, answers, median and p90 minutes, breaches and the share within target', async () => {
    const { t, harbour, asha, bela } = await seeded()
    const res = await t.get(`/api/v1/reports/response-times?${RANGE}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.from).toBe('2025-01-06')
    expect(res.body.total).toEqual({
      leads: 6,
      responded: 5,
      medianMinutes: 20,
      p90Minutes: 36,
      breaches: 4,
      withinTargetPercent: 33.3,
    })
    expect(res.body.branches).toEqual([
      {
        branchId: harbour,
        name: 'Harbour',
        leads: 1,
        responded: 1,
        medianMinutes: 5,
        p90Minutes: 5,
        breaches: 0,
        withinTargetPercent: 100,
      },
      {
        branchId: t.branchId,
        name: 'Main Street',
        leads: 5,
        responded: 4,
        medianMinutes: 25,
        p90Minutes: 37,
        breaches: 4,
        withinTargetPercent: 20,
      },
    ])
    expect(res.body.agents).toEqual([
      {
        userId: asha.userId,
        name: 'Asha',
        leads: 2,
        responded: 2,
        medianMinutes: 15,
        p90Minutes: 19,
        breaches: 1,
        withinTargetPercent: 50,
      },
      {
        userId: bela.userId,
        name: 'Bela',
        leads: 3,
        responded: 3,
        medianMinutes: 30,
        p90Minutes: 38,
        breaches: 2,
        withinTargetPercent: 33.3,
      },
    ])
  })

  it('narrows to one branch, and shows a member limited to branches only theirs', async () => {
    const { t, harbour, bela } = await seeded()
    const one = await t.get(`/api/v1/reports/response-times?${RANGE}&branchId=${harbour}`)
    expect(one.body.total.leads).toBe(1)
    expect(one.body.branches.map((b: { branchId: string }) => b.branchId)).toEqual([harbour])

    const manager = await addPerson(t, 'manager', { branchIds: [harbour] })
    const scoped = await manager.get(`/api/v1/reports/response-times?${RANGE}`)
    expect(scoped.body.total.leads).toBe(1)
    expect(scoped.body.agents.map((a: { userId: string }) => a.userId)).toEqual([bela.userId])
    expect((await manager.get(`/api/v1/reports/response-times?${RANGE}&branchId=${t.branchId}`)).status).toBe(
      404,
    )
  })

  it('answers an empty range with zeros and no percentages', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/reports/response-times?from=2024-01-01&to=2024-01-31')
    expect(res.body.total).toEqual({
      leads: 0,
      responded: 0,
      medianMinutes: null,
      p90Minutes: null,
      breaches: 0,
      withinTargetPercent: null,
    })
    expect(res.body.branches).toEqual([])
  })

  it('refuses bad ranges, other organisations’ branches and keys without analytics', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    for (const query of [
      'from=2025-02-01&to=2025-01-01',
      'from=yesterday',
      'from=2023-01-01&to=2025-01-01',
    ]) {
      const res = await t.get(`/api/v1/reports/response-times?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
    }
    expect((await t.get(`/api/v1/reports/response-times?branchId=${other.branchId}`)).status).toBe(404)
    const key = await apiKeyFor(t, ['leads:read'])
    const refused = await call('/api/v1/reports/response-times', { token: key })
    expect(refused.status).toBe(403)
    expect(refused.body.code).toBe('FORBIDDEN')
  })
})
