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
  createdAt: z.string(),
})

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), tenantId: z.string() }),
  z.object({ type: z.literal('pong'), at: z.number() }),
  z.object({ type: z.literal('lead.created'), lead: LeadEvent }),
])
export type ServerMessage = z.infer<typeof ServerMessage>

export const ClientMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })])
export type ClientMessage = z.infer<typeof ClientMessage>

/** Events the hub fans out to every connected dashboard of its tenant. */
export type TenantEvent = Extract<ServerMessage, { type: 'lead.created' }>
