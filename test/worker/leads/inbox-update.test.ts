import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, leadRow, patch, seedLead } from './inbox-fixtures.ts'

describe('changing a lead', () => {
  it('moves the status on, stops the SLA clock once and writes the timeline', async () => {
    const t = await createTestTenant()
    const leadId = await seedLead(t, { slaDueAt: new Date(Date.now() + 600_000) })
    const res = await patch(t, `/api/v1/leads/${leadId}`, { status: 'contacted' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: leadId, status: 'contacted' })
    const firstResponseAt = res.body.sla.firstResponseAt
    expect(firstResponseAt).not.toBeNull()
    const later = await patch(t, `/api/v1/leads/${leadId}`, { status: 'qualified' })
    expect(later.body.sla.firstResponseAt).toBe(firstResponseAt)
    const { timeline } = await leadRow(t.tenantId, leadId)
    expect(timeline.map((a) => [a.type, a.body]).sort()).toEqual([
      ['status_change', expect.stringMatching(/^Lead status changed from Contacted to Qualified by /)],
      ['status_change', expect.stringMatching(/^Lead status changed from New to Contacted by /)],
    ])
  })

  it('changes nothing and writes nothing when the lead already is so', async () => {
    const t = await createTestTenant()
    const leadId = await seedLead(t, { status: 'contacted' })
    const res = await patch(t, `/api/v1/leads/${leadId}`, { status: 'contacted', ownerUserId: null })
    expect(res.status).toBe(200)
    expect((await leadRow(t.tenantId, leadId)).timeline).toEqual([])
  })

  it('assigns to a member who works the branch, and unassigns', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent', [t.branchId], 'Dana Agent')
    const leadId = await seedLead(t)
    const res = await patch(t, `/api/v1/leads/${leadId}`, { ownerUserId: agent.userId })
    expect(res.status).toBe(200)
    expect(res.body.ownerUserId).toBe(agent.userId)
    expect(res.body.assignedAt).not.toBeNull()
    expect((await leadRow(t.tenantId, leadId)).row?.assignmentReason).toBe('manual')
    const cleared = await patch(t, `/api/v1/leads/${leadId}`, { ownerUserId: null })
    expect(cleared.body).toMatchObject({ ownerUserId: null, assignedAt: null })
    const bodies = (await leadRow(t.tenantId, leadId)).timeline.map((a) => a.body)
    expect(bodies.sort()).toEqual([
      expect.stringMatching(/^Lead assigned to Dana Agent by /),
      expect.stringMatching(/^Lead unassigned by /),
    ])
  })

  it('refuses owners who are not members working the lead’s branch', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const harbour = await addBranch(t)
    const elsewhere = await addMember(t, 'agent', [harbour])
    const viewer = await addMember(t, 'viewer')
    const leadId = await seedLead(t)
    for (const ownerUserId of [elsewhere.userId, viewer.userId, other.userId, 'usr_nobody']) {
      const res = await patch(t, `/api/v1/leads/${leadId}`, { ownerUserId })
      expect(res.status, ownerUserId).toBe(400)
      expect(res.body.errors[0].path).toBe('ownerUserId')
    }
    expect((await leadRow(t.tenantId, leadId)).row?.ownerUserId).toBeNull()
  })

  it('lets an agent claim an unassigned lead, and nothing more', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    const colleague = await addMember(t, 'agent')
    const open = await seedLead(t)
    const taken = await seedLead(t, { ownerUserId: colleague.userId })
    const claim = await agent.patch(`/api/v1/leads/${open}`, { ownerUserId: agent.userId })
    expect(claim.status).toBe(200)
    expect(claim.body.ownerUserId).toBe(agent.userId)
    expect((await leadRow(t.tenantId, open)).row?.assignmentReason).toBe('claimed')
    // Claiming again is a no-op, not a refusal.
    expect((await agent.patch(`/api/v1/leads/${open}`, { ownerUserId: agent.userId })).status).toBe(200)
    expect((await agent.patch(`/api/v1/leads/${taken}`, { ownerUserId: agent.userId })).status).toBe(403)
    expect((await agent.patch(`/api/v1/leads/${open}`, { ownerUserId: colleague.userId })).status).toBe(403)
    expect((await agent.patch(`/api/v1/leads/${open}`, { ownerUserId: null })).status).toBe(403)
    expect((await agent.patch(`/api/v1/leads/${taken}`, { status: 'contacted' })).status).toBe(200)
    expect((await leadRow(t.tenantId, taken)).row?.ownerUserId).toBe(colleague.userId)
  })

  it('refuses viewers any change', async () => {
    const t = await createTestTenant()
    const viewer = await addMember(t, 'viewer')
    const leadId = await seedLead(t)
    expect((await viewer.patch(`/api/v1/leads/${leadId}`, { status: 'won' })).status).toBe(403)
    expect((await viewer.patch(`/api/v1/leads/${leadId}`, { ownerUserId: viewer.userId })).status).toBe(403)
    expect((await leadRow(t.tenantId, leadId)).row?.status).toBe('new')
  })

  it('treats leads of other branches and tenants as not found', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const harbour = await addBranch(t)
    const manager = await addMember(t, 'manager', [harbour])
    const mainLead = await seedLead(t)
    const foreign = await seedLead(other)
    const scoped = await manager.patch(`/api/v1/leads/${mainLead}`, { status: 'won' })
    expect(scoped.status).toBe(404)
    expect((await manager.get(`/api/v1/leads/${mainLead}`)).status).toBe(404)
    expect((await patch(t, `/api/v1/leads/${foreign}`, { status: 'won' })).status).toBe(404)
    expect((await leadRow(t.tenantId, mainLead)).row?.status).toBe('new')
    expect((await leadRow(other.tenantId, foreign)).row?.status).toBe('new')
  })

  it('refuses an empty or unknown change', async () => {
    const t = await createTestTenant()
    const leadId = await seedLead(t)
    expect((await patch(t, `/api/v1/leads/${leadId}`, {})).status).toBe(400)
    expect((await patch(t, `/api/v1/leads/${leadId}`, { status: 'done' })).status).toBe(400)
    expect((await patch(t, `/api/v1/leads/${leadId}`, { status: 'won', name: 'x' })).status).toBe(400)
  })
})
