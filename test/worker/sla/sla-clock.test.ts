import { describe, expect, it } from 'vitest'
import { recordFirstResponse, slaDueAt } from '../../../worker/modules/leads/sla/sla-clock.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import {
  addPerson,
  insertLead,
  readLead,
  serviceCtx,
  setBranchHours,
  weekdayHours,
  withPg,
} from '../routing/routing-fixtures.ts'

// Monday 6 January 2025; Kolkata is UTC+5:30.
const MONDAY_2200_IST = new Date('2025-01-06T16:30:00Z')

describe('when a first response is due', () => {
  it('counts only opening hours by default: a lead at 22:00 is due 15 minutes after opening', async () => {
    const t = await createTestTenant()
    await setBranchHours(t.branchId, 'Asia/Kolkata', weekdayHours('09:00', '18:00'))
    const due = await slaDueAt(serviceCtx(), {
      tenantId: t.tenantId,
      branchId: t.branchId,
      at: MONDAY_2200_IST,
    })
    expect(due?.toISOString()).toBe('2025-01-07T03:45:00.000Z') // Tuesday 09:15 in Kolkata
    // Five minutes before closing: five today, ten tomorrow morning.
    const late = await slaDueAt(serviceCtx(), {
      tenantId: t.tenantId,
      branchId: t.branchId,
      at: new Date('2025-01-06T12:25:00Z'), // 17:55
    })
    expect(late?.toISOString()).toBe('2025-01-07T03:40:00.000Z') // Tuesday 09:10
  })

  it('counts plain minutes for a branch without hours or one that asks for it, and none when off', async () => {
    const t = await createTestTenant()
    const input = { tenantId: t.tenantId, branchId: t.branchId, at: MONDAY_2200_IST }
    expect((await slaDueAt(serviceCtx(), input))?.toISOString()).toBe('2025-01-06T16:45:00.000Z')

    await setBranchHours(t.branchId, 'Asia/Kolkata', weekdayHours('09:00', '18:00'))
    const settings = {
      firstResponseMinutes: 30,
      workingHoursOnly: false,
      notifyEmail: true,
      notifyWhatsapp: false,
    }
    const owner = await addPerson(t, 'owner')
    const put = await owner.put(`/api/v1/branches/${t.branchId}/lead-settings`, settings)
    expect(put.status).toBe(200)
    expect((await slaDueAt(serviceCtx(), input))?.toISOString()).toBe('2025-01-06T17:00:00.000Z')

    await owner.put(`/api/v1/branches/${t.branchId}/lead-settings`, {
      ...settings,
      firstResponseMinutes: null,
    })
    expect(await slaDueAt(serviceCtx(), input)).toBeNull()
  })
})

describe('the first response', () => {
  it('is recorded once: later answers do not move it', async () => {
    const t = await createTestTenant()
    const leadId = await insertLead(t, { branchId: t.branchId, createdAt: new Date('2025-01-06T10:00:00Z') })
    const first = new Date('2025-01-06T10:05:00Z')
    expect(await withPg(t.tenantId, (tx) => recordFirstResponse(tx, t.tenantId, leadId, first))).toBe(true)
    const later = new Date('2025-01-06T11:00:00Z')
    expect(await withPg(t.tenantId, (tx) => recordFirstResponse(tx, t.tenantId, leadId, later))).toBe(false)
    expect((await readLead(t.tenantId, leadId)).row?.firstResponseAt).toEqual(first)
    // Another tenant's lead id finds nothing.
    const other = await createTestTenant()
    expect(await withPg(other.tenantId, (tx) => recordFirstResponse(tx, other.tenantId, leadId, later))).toBe(
      false,
    )
  })
})
