import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, leadRow, seedLead } from './inbox-fixtures.ts'

describe('bulk lead changes', () => {
  it('assigns and sets the status of several leads at once', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    const ids = [await seedLead(t), await seedLead(t), await seedLead(t, { status: 'contacted' })]
    const res = await t.post('/api/v1/leads/bulk', {
      leadIds: ids,
      set: { status: 'contacted', ownerUserId: agent.userId },
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ matched: 3, updated: 3 })
    for (const id of ids) {
      const { row, timeline } = await leadRow(t.tenantId, id)
      expect(row).toMatchObject({ status: 'contacted', ownerUserId: agent.userId })
      expect(timeline.some((a) => a.type === 'assignment')).toBe(true)
    }
    // Already so: matched, not updated.
    const again = await t.post('/api/v1/leads/bulk', { leadIds: ids, set: { status: 'contacted' } })
    expect(again.body).toEqual({ matched: 3, updated: 0 })
  })

  it('changes nothing when one lead is not visible, and names it', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const harbour = await addBranch(t)
    const manager = await addMember(t, 'manager', [harbour])
    const visible = await seedLead(t, { branchId: harbour })
    const outOfScope = await seedLead(t)
    const foreign = await seedLead(other)
    for (const [who, hidden] of [
      [manager, outOfScope],
      [t, foreign],
    ] as const) {
      const res = await who.post('/api/v1/leads/bulk', { leadIds: [visible, hidden], set: { status: 'won' } })
      expect(res.status).toBe(404)
      expect(res.body.detail).toContain(hidden)
    }
    for (const [tenantId, id] of [
      [t.tenantId, visible],
      [t.tenantId, outOfScope],
      [other.tenantId, foreign],
    ] as const) {
      expect((await leadRow(tenantId, id)).row?.status).toBe('new')
    }
  })

  it('lets an agent claim unassigned leads in bulk, but not a colleague’s', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    const colleague = await addMember(t, 'agent')
    const a = await seedLead(t)
    const b = await seedLead(t)
    const taken = await seedLead(t, { ownerUserId: colleague.userId })
    const refused = await agent.post('/api/v1/leads/bulk', {
      leadIds: [a, b, taken],
      set: { ownerUserId: agent.userId },
    })
    expect(refused.status).toBe(403)
    expect((await leadRow(t.tenantId, a)).row?.ownerUserId).toBeNull()
    const claimed = await agent.post('/api/v1/leads/bulk', {
      leadIds: [a, b],
      set: { ownerUserId: agent.userId },
    })
    expect(claimed.body).toEqual({ matched: 2, updated: 2 })
  })

  it('refuses more than 200 leads, repeats and an empty change', async () => {
    const t = await createTestTenant()
    const id = await seedLead(t)
    const many = Array.from({ length: 201 }, (_, i) => `lead_${i}`)
    expect((await t.post('/api/v1/leads/bulk', { leadIds: many, set: { status: 'won' } })).status).toBe(400)
    expect((await t.post('/api/v1/leads/bulk', { leadIds: [id, id], set: { status: 'won' } })).status).toBe(
      400,
    )
    expect((await t.post('/api/v1/leads/bulk', { leadIds: [id], set: {} })).status).toBe(400)
    expect((await t.post('/api/v1/leads/bulk', { leadIds: [], set: { status: 'won' } })).status).toBe(400)
    expect((await leadRow(t.tenantId, id)).row?.status).toBe('new')
  })

  it('refuses viewers', async () => {
    const t = await createTestTenant()
    const viewer = await addMember(t, 'viewer')
    const id = await seedLead(t)
    const res = await viewer.post('/api/v1/leads/bulk', { leadIds: [id], set: { status: 'won' } })
    expect(res.status).toBe(403)
  })
})
