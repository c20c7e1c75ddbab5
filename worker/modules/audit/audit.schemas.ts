import { z } from '@hono/zod-openapi'

const When = z.iso.datetime({
  offset: true,
  error: 'Use an ISO 8601 date and time, such as 2026-11-21T00:00:00Z',
})

/** The filters the list and the CSV export share. */
export const AuditFilters = z.object({
  action: z
    .string()
    .max(64)
    .regex(/^[a-z_]+\.[a-z_]*$/, 'Use an action such as auth.signed_in, or a category such as auth.')
    .optional()
    .openapi({
      description: 'An exact action (`auth.signed_in`) or, ending with a dot, a category (`auth.`)',
      example: 'auth.',
    }),
  actorId: z.string().max(64).optional().openapi({ description: 'A user or API key id' }),
  targetId: z.string().max(64).optional(),
  from: When.optional().openapi({ description: 'Events at or after this instant' }),
  to: When.optional().openapi({ description: 'Events before this instant' }),
})
export type AuditFilters = z.infer<typeof AuditFilters>

export const ListAuditEventsQuery = AuditFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})
export type ListAuditEventsQuery = z.infer<typeof ListAuditEventsQuery>

export const AuditEvent = z
  .object({
    id: z.string().openapi({ example: 'aud_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    action: z.string().openapi({ example: 'api_key.created' }),
    actor: z.object({
      type: z.enum(['user', 'api_key', 'system']),
      id: z.string().nullable(),
      label: z.string().openapi({ example: 'Asha Rao (asha@example.com)' }),
    }),
    impersonatorId: z
      .string()
      .nullable()
      .openapi({ description: 'The Vitrine support user acting as the actor, if any' }),
    target: z.object({ type: z.string(), id: z.string() }).nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    location: z.string().nullable().openapi({ example: 'Lisbon, PT' }),
    metadata: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
  })
  .openapi('AuditEvent')
export type AuditEvent = z.infer<typeof AuditEvent>

export const AuditEventList = z
  .object({
    data: z.array(AuditEvent),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' }),
  })
  .openapi('AuditEventList')
export type AuditEventList = z.infer<typeof AuditEventList>
