import { describe, expect, it } from 'vitest'
import type { LeadSlaMessage } from '../../../worker/modules/leads/lead-message.ts'
import { checkLeadSla } from '../../../worker/modules/leads/sla/sla-clock.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import {
  addPerson,
  insertLead,
  type LeadSeed,
  readLead,
  recordingQueue,
  serviceCtx,
} from '../routing/routing-fixtures.ts'

const MINUTE = 60_000
const DUE = new Date('2025-01-06T10:15:00Z')
const pastDue = (minutes: number) => new Date(DUE.getTime() + minutes * MINUTE)

const check = (t: TestTenant, leadId: string, level: 1 | 2): LeadSlaMessage => ({
  kind: 'lead.sla',
  tenantId: t.tenantId,
  leadId,
  level,
})

/** A branch without hours (plain minutes, 15 by default) and a lead due at DUE. */
async function waitingLead(extra: Partial<LeadSeed> = {}) {
  const t = await createTestTenant()
  const manager = await addPerson(t, 'manager', { branchIds: [t.branchId] })
  const leadId = await insertLead(t, {
    branchId: t.branchId,
    createdAt: new Date(DUE.getTime() - 15 * MINUTE),
    slaDueAt: DUE,
    ...extra,
  })
  return { t, manager, leadId }
}

async function runCheck(t: TestTenant, leadId: string, level: 1 | 2, now: Date) {
  const queue = recordingQueue()
  await checkLeadSla(serviceCtx(now, queue.bindings), check(t, leadId, level))
  return queue.sent
}

describe('SLA check', () => {
  it('marks a breach and alerts the branch manager, then escalates to the owners one period later', async () => {
    const { t, manager, leadId } = await waitingLead()
    const sent = await runCheck(t, leadId, 1, pastDue(1))
    let { row, timeline } = await readLead(t.tenantId, leadId)
    expect(row).toMatchObject({ slaBreachedAt: pastDue(1), escalationLevel: 1 })
    expect(timeline.map((a) => a.type)).toEqual(['sla_breach'])
    // Level 2 is due one more SLA period (15 minutes) after the first due time.
    expect(sent).toEqual([{ body: check(t, leadId, 2), delaySeconds: 14 * 60 }])
    const managerMail = await waitForEmail(manager.email, /^No first response yet/)
    expect(managerMail.text).toContain('branch manager')

    expect(await runCheck(t, leadId, 2, pastDue(16))).toEqual([])
    ;({ row, timeline } = await readLead(t.tenantId, leadId))
    expect(row).toMatchObject({ slaBreachedAt: pastDue(1), escalationLevel: 2 })
    expect(timeline.map((a) => a.type).sort()).toEqual(['escalation', 'sla_breach'])
    const ownerMail = await waitForEmail(t.email, /^No first response yet/)
    expect(ownerMail.text).toContain('owner')
  })

  it('does nothing new when the same check is delivered again', async () => {
    const { t, leadId } = await waitingLead()
    await runCheck(t, leadId, 1, pastDue(1))
    const before = await readLead(t.tenantId, leadId)
    expect(await runCheck(t, leadId, 1, pastDue(3))).toEqual([])
    const again = await readLead(t.tenantId, leadId)
    expect(again.row).toEqual(before.row)
    expect(again.timeline).toHaveLength(1)
  })

  it('leaves answered, closed and spam leads alone', async () => {
    for (const seed of [
      { firstResponseAt: new Date(DUE.getTime() - 5 * MINUTE) },
      { status: 'won' as const },
      { status: 'lost' as const },
      { spam: true },
    ]) {
      const { t, leadId } = await waitingLead(seed)
      expect(await runCheck(t, leadId, 1, pastDue(5))).toEqual([])
      const { row, timeline } = await readLead(t.tenantId, leadId)
      expect(row).toMatchObject({ slaBreachedAt: null, escalationLevel: 0 })
      expect(timeline).toEqual([])
    }
  })

  it('queues itself again when it arrives before the due time, for at most 12 hours at a time', async () => {
    const { t, leadId } = await waitingLead()
    expect(await runCheck(t, leadId, 1, pastDue(-10))).toEqual([
      { body: check(t, leadId, 1), delaySeconds: 600 },
    ])
    expect(await runCheck(t, leadId, 1, pastDue(-24 * 60))).toEqual([
      { body: check(t, leadId, 1), delaySeconds: 43_200 },
    ])
    expect((await readLead(t.tenantId, leadId)).row).toMatchObject({
      slaBreachedAt: null,
      escalationLevel: 0,
    })
    // An escalation check seen early waits for its own due time (one period after the first).
    await runCheck(t, leadId, 1, pastDue(0))
    expect(await runCheck(t, leadId, 2, pastDue(5))).toEqual([
      { body: check(t, leadId, 2), delaySeconds: 600 },
    ])
    expect((await readLead(t.tenantId, leadId)).row?.escalationLevel).toBe(1)
  })

  it('ignores a check for a lead of another organisation', async () => {
    const { leadId } = await waitingLead()
    const other = await createTestTenant()
    expect(await runCheck(other, leadId, 1, pastDue(5))).toEqual([])
  })
})
