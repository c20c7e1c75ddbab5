import { describe, expect, it } from 'vitest'
import { parseServerMessage } from '../../../web/src/realtime/messages.ts'

const oldLead = {
  id: 'lead_1',
  contactId: 'con_1',
  name: 'Asha',
  email: null,
  phone: null,
  message: 'Hi',
  source: 'microsite_form',
  status: 'new',
  brandId: 'brd_1',
  branchId: 'bra_1',
  createdAt: '2026-11-21T09:30:00.000Z',
}

describe('the dashboard reading live events', () => {
  it('fills what events from older servers leave out', () => {
    expect(parseServerMessage(JSON.stringify({ type: 'lead.created', lead: oldLead }))).toEqual({
      type: 'lead.created',
      lead: {
        ...oldLead,
        staffId: null,
        booking: null,
        ownerUserId: null,
        spam: null,
        sla: null,
        touchCount: 1,
      },
    })
  })

  it('reads an update with what changed, and ignores changes it does not know', () => {
    const lead = { ...oldLead, ownerUserId: 'usr_1', spam: { marked: false }, touchCount: 2 }
    const parsed = parseServerMessage(JSON.stringify({ type: 'lead.updated', change: 'assigned', lead }))
    expect(parsed).toMatchObject({ type: 'lead.updated', change: 'assigned', lead: { ownerUserId: 'usr_1' } })
    expect(
      parseServerMessage(JSON.stringify({ type: 'lead.updated', change: 'teleported', lead })),
    ).toBeNull()
    expect(
      parseServerMessage(JSON.stringify({ type: 'lead.updated', change: 'assigned', lead: { id: 1 } })),
    ).toBeNull()
    expect(parseServerMessage('not json')).toBeNull()
  })
})
