import { z } from 'zod'

/**
 * The one message protocol between the tenant hub and dashboards, parsed on both sides.
 * Server → client events carry a type and a payload; clients may only ping.
 */
export const LeadEvent = z.object({
  id: z.string(),
  contactId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string().nullable(),
  source: z.string(),
  status: z.string(),
  brandId: z.string(),
  branchId: z.string(),
  // Null in events from before staff cards and booking requests.
  staffId: z.string().nullable().default(null),
  booking: z
    .object({
      service: z.string().nullable(),
      preferredDate: z.string().nullable(),
      preferredTime: z.string().nullable(),
    })
    .nullable()
    .default(null),
  // Null or absent in events from before assignment, spam marks and SLA clocks.
  ownerUserId: z.string().nullable().default(null),
  spam: z.object({ marked: z.boolean() }).nullable().default(null),
  sla: z
    .object({ dueAt: z.string().nullable(), firstResponseAt: z.string().nullable() })
    .nullable()
    .default(null),
  touchCount: z.number().int().default(1),
  createdAt: z.string(),
})

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), tenantId: z.string() }),
  z.object({ type: z.literal('pong'), at: z.number() }),
  z.object({ type: z.literal('lead.created'), lead: LeadEvent }),
  // Assigned, re-assigned, a status change, a new touch merged in, an SLA breach: the lead as it is now.
  z.object({
    type: z.literal('lead.updated'),
    lead: LeadEvent,
    change: z.enum(['assigned', 'status', 'touch', 'sla_breached', 'escalated', 'edited']),
  }),
  // CRM: a note for one member (a reminder fell due, a mention, an automation, an import ended).
  z.object({
    type: z.literal('crm.notice'),
    userId: z.string(),
    kind: z.enum(['reminder', 'mention', 'automation', 'import']),
    title: z.string(),
    body: z.string().default(''),
    // Dashboard path to open (`/app/contacts/con_…`).
    link: z.string().nullable().default(null),
    at: z.string(),
  }),
  // CRM: a deal was moved, won, lost, edited or removed; boards reconcile their optimistic state.
  z.object({
    type: z.literal('crm.deal'),
    change: z.enum(['created', 'moved', 'updated', 'deleted']),
    deal: z.object({
      id: z.string(),
      pipelineId: z.string(),
      stageId: z.string(),
      branchId: z.string().nullable(),
      position: z.number(),
      status: z.string(),
      version: z.number().int(),
    }),
    byUserId: z.string().nullable(),
  }),
  // CRM: an import's progress, for the member who started it.
  z.object({
    type: z.literal('crm.import'),
    userId: z.string(),
    importId: z.string(),
    status: z.string(),
    processedRows: z.number().int(),
    totalRows: z.number().int(),
  }),
])
export type ServerMessage = z.infer<typeof ServerMessage>

export const ClientMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })])
export type ClientMessage = z.infer<typeof ClientMessage>

/** Events the hub fans out to every connected dashboard of its tenant. */
export type TenantEvent = Extract<
  z.input<typeof ServerMessage>,
  { type: 'lead.created' | 'lead.updated' | 'crm.notice' | 'crm.deal' | 'crm.import' }
>
