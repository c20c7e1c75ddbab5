import { describe, expect, it } from 'vitest'
import { toastFor } from '../../../web/src/features/notifications/lead-toast.ts'
import type { LeadEvent, ServerMessage } from '../../../web/src/realtime/messages.ts'

const me = 'usr_me'
const lead = (overrides: Partial<LeadEvent> = {}): LeadEvent => ({
  id: 'lead_1',
  contactId: 'con_1',
  name: 'Asha Rao',
  email: null,
  phone: '+919812345678',
  message: null,
  source: 'microsite_form',
  status: 'new',
  brandId: 'brd_1',
  branchId: 'bra_1',
  staffId: null,
  booking: null,
  ownerUserId: null,
  spam: { marked: false },
  sla: null,
  touchCount: 1,
  createdAt: '2026-11-21T09:30:00.000Z',
  ...overrides,
})
const created = (overrides: Partial<LeadEvent> = {}): ServerMessage => ({
  type: 'lead.created',
  lead: lead(overrides),
})
const prefs = { inAppNewLeads: true, sound: false, emailAssigned: true, emailEscalations: true }
const elsewhere = { userId: me, prefs, onInbox: false }

describe('which live events toast', () => {
  it('a new lead, unless the member turned new-lead toasts off or is on the inbox', () => {
    expect(toastFor(created(), elsewhere)).toEqual({
      leadId: 'lead_1',
      title: 'New lead',
      leadName: 'Asha Rao',
    })
    expect(toastFor(created(), { ...elsewhere, prefs: { ...prefs, inAppNewLeads: false } })).toBeNull()
    expect(toastFor(created(), { ...elsewhere, onInbox: true })).toBeNull()
  })

  it('a lead assigned to me, always', () => {
    const quiet = { userId: me, prefs: { ...prefs, inAppNewLeads: false }, onInbox: true }
    expect(toastFor(created({ ownerUserId: me }), quiet)?.title).toBe('New lead assigned to you')
    const assigned: ServerMessage = {
      type: 'lead.updated',
      change: 'assigned',
      lead: lead({ ownerUserId: me }),
    }
    expect(toastFor(assigned, quiet)?.title).toBe('Lead assigned to you')
  })

  it('never spam, other updates or someone else’s assignment', () => {
    expect(toastFor(created({ spam: { marked: true }, ownerUserId: me }), elsewhere)).toBeNull()
    const status: ServerMessage = { type: 'lead.updated', change: 'status', lead: lead({ ownerUserId: me }) }
    expect(toastFor(status, elsewhere)).toBeNull()
    const theirs: ServerMessage = {
      type: 'lead.updated',
      change: 'assigned',
      lead: lead({ ownerUserId: 'usr_x' }),
    }
    expect(toastFor(theirs, elsewhere)).toBeNull()
    expect(toastFor({ type: 'ready', tenantId: 'ten_1' }, elsewhere)).toBeNull()
  })
})
