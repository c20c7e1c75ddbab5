import { env, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { TenantHub } from '../../../durable-objects/tenant-hub/tenant-hub.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { staffMembers } from '../../../worker/modules/brands/brands.tables.ts'
import { chooseOwner, type LeadToAssign } from '../../../worker/modules/leads/routing/choose-owner.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import {
  addBranch,
  addPerson,
  serviceCtx,
  setAvailability,
  setBranchHours,
  weekdayHours,
} from './routing-fixtures.ts'

// Monday 6 January 2025, 10:00 UTC.
const MONDAY_10 = new Date('2025-01-06T10:00:00Z')

const leadOf = (t: TestTenant, extra: Partial<LeadToAssign> = {}): LeadToAssign => ({
  tenantId: t.tenantId,
  branchId: t.branchId,
  source: 'microsite_form',
  at: MONDAY_10,
  ...extra,
})

const addRule = async (t: TestTenant, body: Record<string, unknown>) => {
  const res = await t.post('/api/v1/routing-rules', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string }
}

describe('assignment rules', () => {
  it('matches by branch, by source and by the branch’s opening hours, first rule first', async () => {
    const t = await createTestTenant()
    const harbour = await addBranch(t, 'Harbour')
    const [ads, harbourDesk, evenings, everyone] = await Promise.all(
      ['Ads', 'Harbour desk', 'Evenings', 'Everyone'].map((name) => addPerson(t, 'agent', { name })),
    )
    await setBranchHours(t.branchId, 'UTC', weekdayHours('09:00', '17:00'))
    await addRule(t, {
      name: 'Ads',
      match: { sources: ['facebook', 'google_ads'] },
      action: { type: 'user', userId: ads!.userId },
    })
    await addRule(t, {
      name: 'Harbour',
      match: { branchIds: [harbour] },
      action: { type: 'user', userId: harbourDesk!.userId },
    })
    await addRule(t, {
      name: 'After hours',
      match: { branchHours: 'closed' },
      action: { type: 'user', userId: evenings!.userId },
    })
    await addRule(t, { name: 'Everyone else', action: { type: 'user', userId: everyone!.userId } })
    const ctx = serviceCtx()

    expect(await chooseOwner(ctx, leadOf(t, { source: 'facebook', branchId: harbour }))).toEqual({
      userId: ads!.userId,
      reason: 'Rule “Ads”',
    })
    expect((await chooseOwner(ctx, leadOf(t, { branchId: harbour })))?.userId).toBe(harbourDesk!.userId)
    // 20:00 on a Monday: the branch is closed.
    const evening = new Date('2025-01-06T20:00:00Z')
    expect((await chooseOwner(ctx, leadOf(t, { at: evening })))?.userId).toBe(evenings!.userId)
    expect((await chooseOwner(ctx, leadOf(t)))?.userId).toBe(everyone!.userId)
  })

  it('skips disabled rules and rules whose members cannot take the lead', async () => {
    const t = await createTestTenant()
    const [first, second] = await Promise.all([addPerson(t, 'agent'), addPerson(t, 'agent')])
    const disabled = await addRule(t, {
      name: 'Off',
      action: { type: 'user', userId: first!.userId },
      enabled: false,
    })
    const viewer = await addPerson(t, 'viewer')
    await addRule(t, { name: 'Viewer', action: { type: 'user', userId: viewer.userId } })
    await addRule(t, { name: 'Second', action: { type: 'user', userId: second!.userId } })
    expect((await chooseOwner(serviceCtx(), leadOf(t)))?.userId).toBe(second!.userId)
    const enabled = await call(`/api/v1/routing-rules/${disabled.id}`, {
      method: 'PATCH',
      token: t.token,
      body: JSON.stringify({ enabled: true }),
    })
    expect(enabled.status).toBe(200)
    expect((await chooseOwner(serviceCtx(), leadOf(t)))?.userId).toBe(first!.userId)
  })

  it('answers null when no rule finds anyone', async () => {
    const t = await createTestTenant()
    expect(await chooseOwner(serviceCtx(), leadOf(t))).toBeNull()
    const agent = await addPerson(t, 'agent')
    await addRule(t, { name: 'Only them', action: { type: 'user', userId: agent.userId } })
    await setAvailability(t, agent.userId, 'away')
    expect(await chooseOwner(serviceCtx(), leadOf(t))).toBeNull()
  })
})

describe('round robin', () => {
  it('shares a branch’s leads fairly among its agents and keeps the turn in the tenant hub', async () => {
    const t = await createTestTenant()
    const other = await addBranch(t, 'Elsewhere')
    const agents = await Promise.all([0, 1, 2].map(() => addPerson(t, 'agent', { branchIds: [t.branchId] })))
    // Neither of these is one of the branch's agents and managers.
    await addPerson(t, 'agent', { branchIds: [other] })
    await addPerson(t, 'viewer')
    const rule = await addRule(t, { name: 'Main Street team', action: { type: 'branch_round_robin' } })
    const picks: string[] = []
    for (let i = 0; i < 6; i++) picks.push((await chooseOwner(serviceCtx(), leadOf(t)))!.userId)
    const sorted = agents.map((a) => a.userId).sort()
    expect(picks).toEqual([...sorted, ...sorted])
    const hub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(t.tenantId))
    const stored = await runInDurableObject(hub, (_: TenantHub, state) =>
      state.storage.get<string>(`rr:${rule.id}:${t.branchId}`),
    )
    expect(stored).toBe(sorted[2])
  })

  it('passes over members who are away or off shift, unless the rule ignores shifts', async () => {
    const t = await createTestTenant()
    const [away, offShift, onShift] = await Promise.all([0, 1, 2].map(() => addPerson(t, 'agent')))
    await setAvailability(t, away!.userId, 'away')
    // Night shift in Kolkata: 22:00–06:00 on Mondays; Monday 10:00 UTC is 15:30 there.
    await setAvailability(t, offShift!.userId, 'available', {
      timezone: 'Asia/Kolkata',
      week: { mon: [['22:00', '06:00']] },
    })
    await setAvailability(t, onShift!.userId, 'available', {
      timezone: 'UTC',
      week: { mon: [['09:00', '17:00']] },
    })
    const ids = [away!.userId, offShift!.userId, onShift!.userId]
    const rule = await addRule(t, { name: 'Team', action: { type: 'round_robin', userIds: ids } })
    for (let i = 0; i < 3; i++)
      expect((await chooseOwner(serviceCtx(), leadOf(t)))?.userId).toBe(onShift!.userId)

    const patched = await call(`/api/v1/routing-rules/${rule.id}`, {
      method: 'PATCH',
      token: t.token,
      body: JSON.stringify({ respectShifts: false }),
    })
    expect(patched.status).toBe(200)
    const picks = new Set<string>()
    for (let i = 0; i < 4; i++) picks.add((await chooseOwner(serviceCtx(), leadOf(t)))!.userId)
    expect([...picks].sort()).toEqual([offShift!.userId, onShift!.userId].sort())
  })
})

describe('staff cards', () => {
  it('give the card’s lead to its person while they can take it, else to the rules', async () => {
    const t = await createTestTenant()
    const [person, fallback] = await Promise.all([addPerson(t, 'agent'), addPerson(t, 'agent')])
    const staffId = newId('staffMember')
    await d1(env.DB).insert(staffMembers).values({
      id: staffId,
      tenantId: t.tenantId,
      branchId: t.branchId,
      slug: 'priya',
      name: 'Priya',
      userId: person!.userId,
    })
    await addRule(t, { name: 'Fallback', action: { type: 'user', userId: fallback!.userId } })
    expect(await chooseOwner(serviceCtx(), leadOf(t, { source: 'staff_card', staffId }))).toEqual({
      userId: person!.userId,
      reason: 'Staff card of Priya',
    })
    await setAvailability(t, person!.userId, 'away')
    expect((await chooseOwner(serviceCtx(), leadOf(t, { source: 'staff_card', staffId })))?.userId).toBe(
      fallback!.userId,
    )
  })
})
