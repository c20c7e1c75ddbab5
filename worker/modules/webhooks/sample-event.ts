// What "Send test" delivers: a lead.created event shaped exactly like a real one, with made-up
// data and `test: true`, so a receiver can be built and checked before any lead arrives.
import { newId } from '../../lib/ids.ts'
import type { Lead } from '../leads/index.ts'
import type { WebhookEvent } from './webhook-event.ts'

export function sampleLeadCreated(tenantId: string, now: Date): WebhookEvent {
  const at = now.toISOString()
  const lead: Lead = {
    id: newId('lead'),
    contactId: newId('contact'),
    name: 'Test Lead',
    email: 'test.lead@example.com',
    phone: '+15555550100',
    message: 'This is a test delivery from Vitrine. No lead was created.',
    source: 'microsite_form',
    sourceId: null,
    formId: null,
    externalId: null,
    status: 'new',
    brandId: newId('brand'),
    branchId: newId('branch'),
    staffId: null,
    ownerUserId: null,
    assignedAt: null,
    booking: null,
    fields: { name: 'Test Lead', email: 'test.lead@example.com' },
    utm: null,
    consent: null,
    spam: { marked: false, score: 0, reasons: [] },
    sla: { dueAt: null, firstResponseAt: null, breachedAt: null, escalationLevel: 0 },
    touchCount: 1,
    lastTouchAt: at,
    createdAt: at,
    updatedAt: at,
  }
  return {
    id: `evt_test_${crypto.randomUUID()}`,
    type: 'lead.created',
    tenantId,
    occurredAt: at,
    data: lead,
    test: true,
  }
}
