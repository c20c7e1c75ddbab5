import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectProblem } from '../../helpers/problem.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { auditActions } from '../team/team-helpers.ts'
import { addBranch, addPerson } from './routing-fixtures.ts'

/** An API key of the tenant with every lead scope: still not a person. */
const apiKeyOf = (t: TestTenant) => apiKeyFor(t, ['leads:write'])

async function ownerWithRules() {
  const t = await createTestTenant()
  const owner = await addPerson(t, 'owner')
  const agent = await addPerson(t, 'agent')
  const make = async (name: string) => {
    const res = await owner.post('/api/v1/routing-rules', {
      name,
      action: { type: 'user', userId: agent.userId },
    })
    expect(res.status).toBe(201)
    return res.body.id as string
  }
  return { t, owner, agent, make }
}

describe('routing rules API', () => {
  it('creates, lists, changes, reorders and deletes rules, and audits each change', async () => {
    const { t, owner, agent, make } = await ownerWithRules()
    const first = await make('First')
    const second = await owner.post('/api/v1/routing-rules', {
      name: 'Ads at night',
      match: { sources: ['facebook'], branchIds: [t.branchId], branchHours: 'closed' },
      action: { type: 'round_robin', userIds: [agent.userId, owner.userId] },
      respectShifts: false,
    })
    expect(second.status).toBe(201)
    expect(second.body).toMatchObject({ position: 1, respectShifts: false, enabled: true })

    const listed = await owner.get('/api/v1/routing-rules')
    expect(listed.body.data.map((r: { id: string }) => r.id)).toEqual([first, second.body.id])

    const patched = await owner.patch(`/api/v1/routing-rules/${first}`, { name: 'Renamed', enabled: false })
    expect(patched.body).toMatchObject({ name: 'Renamed', enabled: false, position: 0 })

    const reordered = await owner.put('/api/v1/routing-rules/order', { ruleIds: [second.body.id, first] })
    expect(reordered.status).toBe(200)
    expect(reordered.body.data.map((r: { id: string; position: number }) => [r.id, r.position])).toEqual([
      [second.body.id, 0],
      [first, 1],
    ])

    expect((await owner.del(`/api/v1/routing-rules/${first}`)).status).toBe(204)
    expect((await owner.get('/api/v1/routing-rules')).body.data).toHaveLength(1)
    expect(await auditActions(t.tenantId, first)).toEqual([
      'routing.rule_created',
      'routing.rule_updated',
      'routing.rule_deleted',
    ])
  })

  it('refuses bad input with 400 and keeps the rules as they were', async () => {
    const { owner, make } = await ownerWithRules()
    const other = await createTestTenant()
    const rule = await make('Kept')
    for (const body of [
      { name: '', action: { type: 'branch_round_robin' } },
      { name: 'No action' },
      { name: 'Bad type', action: { type: 'everyone' } },
      { name: 'Empty', action: { type: 'round_robin', userIds: [] } },
      { name: 'Extra', action: { type: 'branch_round_robin' }, colour: 'red' },
      { name: 'Bad hours', match: { branchHours: 'sometimes' }, action: { type: 'branch_round_robin' } },
      // Ids of another organisation, or of nothing at all.
      { name: 'Stranger', action: { type: 'user', userId: other.userId } },
      { name: 'Far branch', match: { branchIds: [other.branchId] }, action: { type: 'branch_round_robin' } },
      {
        name: 'Nowhere',
        match: { sourceIds: [newId('leadSource')] },
        action: { type: 'branch_round_robin' },
      },
      { name: 'No form', match: { formIds: [newId('leadForm')] }, action: { type: 'branch_round_robin' } },
    ]) {
      expectProblem(await owner.post('/api/v1/routing-rules', body), 400, 'BAD_REQUEST')
    }
    const stranger = await owner.post('/api/v1/routing-rules', {
      name: 'Stranger',
      action: { type: 'user', userId: other.userId },
    })
    expect(stranger.body.errors).toEqual([
      { path: 'action.userId', message: expect.stringContaining(other.userId) },
    ])
    expectProblem(
      await owner.patch(`/api/v1/routing-rules/${rule}`, {
        action: { type: 'round_robin', userIds: [other.userId] },
      }),
      400,
      'BAD_REQUEST',
    )
    const extra = await make('Extra')
    for (const ruleIds of [[rule], [rule, rule, extra], [rule, extra, newId('routingRule')]]) {
      expectProblem(await owner.put('/api/v1/routing-rules/order', { ruleIds }), 400, 'BAD_REQUEST')
    }
    const rules = (await owner.get('/api/v1/routing-rules')).body.data
    expect(rules.map((r: { id: string; name: string }) => [r.id, r.name])).toEqual([
      [rule, 'Kept'],
      [extra, 'Extra'],
    ])
  })

  it('lets only owners and admins manage rules', async () => {
    const { t, make } = await ownerWithRules()
    const rule = await make('Theirs')
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const member = await addPerson(t, role)
      expectProblem(await member.get('/api/v1/routing-rules'), 403, 'FORBIDDEN')
      expectProblem(
        await member.post('/api/v1/routing-rules', { name: 'Mine', action: { type: 'branch_round_robin' } }),
        403,
        'FORBIDDEN',
      )
      expectProblem(await member.del(`/api/v1/routing-rules/${rule}`), 403, 'FORBIDDEN')
    }
    const admin = await addPerson(t, 'admin')
    expect((await admin.get('/api/v1/routing-rules')).body.data).toHaveLength(1)
  })

  it('answers 404 for another organisation’s rule', async () => {
    const a = await ownerWithRules()
    const rule = await a.make('A only')
    const b = await createTestTenant()
    const bOwner = await addPerson(b, 'owner')
    expectProblem(await bOwner.patch(`/api/v1/routing-rules/${rule}`, { name: 'Taken' }), 404, 'NOT_FOUND')
    expectProblem(await bOwner.del(`/api/v1/routing-rules/${rule}`), 404, 'NOT_FOUND')
    expectProblem(await bOwner.put('/api/v1/routing-rules/order', { ruleIds: [rule] }), 400, 'BAD_REQUEST')
    expect((await a.owner.get('/api/v1/routing-rules')).body.data).toEqual([
      expect.objectContaining({ id: rule, name: 'A only' }),
    ])
  })
})

describe('availability API', () => {
  it('lets every member switch to away and set shifts, and shows the roster to assigners', async () => {
    const t = await createTestTenant()
    const agent = await addPerson(t, 'agent', { name: 'Asha' })
    expect((await agent.get('/api/v1/me/availability')).body).toMatchObject({
      userId: agent.userId,
      status: 'available',
      shifts: null,
      onShift: true,
      updatedAt: null,
    })
    const shifts = { timezone: 'Asia/Kolkata', week: { mon: [['22:00', '06:00']] } }
    const away = await agent.put('/api/v1/me/availability', { status: 'away', shifts })
    expect(away.status).toBe(200)
    expect(away.body).toMatchObject({ status: 'away', shifts })
    // Leaving shifts out keeps them.
    expect((await agent.put('/api/v1/me/availability', { status: 'available' })).body).toMatchObject({
      status: 'available',
      shifts,
    })
    expect(await auditActions(t.tenantId, agent.userId)).toEqual([
      'member.availability_changed',
      'member.availability_changed',
    ])

    const roster = await t.get('/api/v1/members/availability')
    expect(roster.status).toBe(200)
    expect(roster.body.data).toContainEqual(
      expect.objectContaining({
        userId: agent.userId,
        name: 'Asha',
        role: 'agent',
        status: 'available',
        shifts,
      }),
    )
  })

  it('refuses bad shifts, API keys on the self routes and agents on the roster', async () => {
    const t = await createTestTenant()
    const agent = await addPerson(t, 'agent')
    for (const body of [
      { status: 'busy' },
      { status: 'away', shifts: { timezone: 'Mars/Olympus', week: {} } },
      { status: 'away', shifts: { timezone: 'UTC', week: { mon: [['9:00', '17:00']] } } },
      { status: 'away', shifts: { timezone: 'UTC', week: { someday: [] } } },
    ]) {
      expectProblem(await agent.put('/api/v1/me/availability', body), 400, 'BAD_REQUEST')
    }
    expect((await agent.get('/api/v1/me/availability')).body.status).toBe('available')
    expectProblem(await agent.get('/api/v1/members/availability'), 403, 'FORBIDDEN')
    const key = await apiKeyOf(t)
    expectProblem(await call('/api/v1/me/availability', { token: key }), 403, 'FORBIDDEN')
    expectProblem(await call('/api/v1/routing-rules', { token: key }), 403, 'FORBIDDEN')
  })

  it('shows a branch manager only the colleagues who share a branch', async () => {
    const t = await createTestTenant()
    const elsewhere = await createTestTenant()
    const manager = await addPerson(t, 'manager', { branchIds: [t.branchId] })
    const colleague = await addPerson(t, 'agent', { branchIds: [t.branchId] })
    const unscoped = await addPerson(t, 'agent')
    const otherBranchAgent = await addPerson(t, 'agent', { branchIds: [await addBranch(t, 'Far away')] })
    const ids = (await manager.get('/api/v1/members/availability')).body.data.map(
      (m: { userId: string }) => m.userId,
    )
    expect(ids).toEqual(expect.arrayContaining([manager.userId, colleague.userId, unscoped.userId]))
    expect(ids).not.toContain(otherBranchAgent.userId)
    expect(ids).not.toContain(elsewhere.userId)
  })
})
