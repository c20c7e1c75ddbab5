import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, patch, seedLead } from './inbox-fixtures.ts'

const consent = {
  contact: {
    text: 'You may contact me about this enquiry.',
    version: 'a1b2c3d4e5f6',
    at: '2026-11-01T10:00:00.000Z',
  },
  marketing: null,
}

describe('a lead’s detail', () => {
  it('holds the lead, its touches with UTM and consent, and the timeline', async () => {
    const t = await createTestTenant()
    const leadId = await seedLead(t, {
      name: '<script>alert(1)</script>',
      message: 'Hello',
      utm: { source: 'newsletter', campaign: 'autumn' },
      consent,
      fields: { name: '<script>alert(1)</script>', budget: '<b>big</b>' },
    })
    await patch(t, `/api/v1/leads/${leadId}`, { status: 'contacted' })
    const res = await t.get(`/api/v1/leads/${leadId}`)
    expect(res.status).toBe(200)
    expect(res.body.lead).toMatchObject({
      id: leadId,
      name: '<script>alert(1)</script>',
      status: 'contacted',
      utm: { source: 'newsletter', campaign: 'autumn' },
      consent,
    })
    expect(res.body.touches).toEqual([
      expect.objectContaining({
        source: 'microsite_form',
        utm: { source: 'newsletter', campaign: 'autumn' },
        consent,
        fields: { name: '<script>alert(1)</script>', budget: '<b>big</b>' },
      }),
    ])
    expect(res.body.activities).toEqual([
      expect.objectContaining({ type: 'status_change', body: expect.stringContaining('New to Contacted') }),
    ])
    expect(res.body.assignmentReason).toBeNull()
  })

  it('is not found for another tenant or outside a manager’s branches', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const harbour = await addBranch(t)
    const manager = await addMember(t, 'manager', [harbour])
    const mainLead = await seedLead(t)
    const harbourLead = await seedLead(t, { branchId: harbour })
    expect((await other.get(`/api/v1/leads/${mainLead}`)).status).toBe(404)
    expect((await manager.get(`/api/v1/leads/${mainLead}`)).status).toBe(404)
    expect((await manager.get(`/api/v1/leads/${harbourLead}`)).status).toBe(200)
    expect((await t.get('/api/v1/leads/lead_does_not_exist')).status).toBe(404)
  })
})
