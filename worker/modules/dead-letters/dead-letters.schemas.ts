import { z } from '@hono/zod-openapi'
import { IdParam } from '../../lib/router.ts'

/** The dead-letter queues, by the name their consumer parks messages under. */
export const DEAD_LETTER_QUEUES = [
  'leads-dlq',
  'email-dlq',
  'events-dlq',
  'exports-dlq',
  'webhooks-dlq',
  'crm-dlq',
] as const
export type DeadLetterQueue = (typeof DEAD_LETTER_QUEUES)[number]

export const DeadLetter = z
  .object({
    id: z.string().openapi({ example: 'dl_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    queue: z.string().openapi({ example: 'leads-dlq' }),
    replayQueue: z.string().nullable().openapi({
      description: 'Where a replay sends the message; null when the queue is not known',
      example: 'leads',
    }),
    messageId: z.string(),
    tenantId: z.string().nullable().openapi({ description: 'The tenant the message names, if any' }),
    attempts: z.number().int().openapi({ description: 'Deliveries tried before it was parked' }),
    body: z.unknown().openapi({ description: 'The message as it was queued (JSON)' }),
    replayedAt: z.string().nullable(),
    createdAt: z.string().openapi({ description: 'When it was parked' }),
  })
  .openapi('DeadLetter')
export type DeadLetter = z.infer<typeof DeadLetter>

export const DeadLetterList = z
  .object({
    data: z.array(DeadLetter),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' }),
  })
  .openapi('DeadLetterList')
export type DeadLetterList = z.infer<typeof DeadLetterList>

export const ListDeadLettersQuery = z.object({
  queue: z.enum(DEAD_LETTER_QUEUES).optional(),
  replayed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description: 'true: only replayed ones; false: only those still waiting' }),
  cursor: z.string().max(64).optional().openapi({ description: 'nextCursor from the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})
export type ListDeadLettersQuery = z.infer<typeof ListDeadLettersQuery>

export const DeadLetterIdParam = IdParam('deadLetterId', 'dl_01JD3Q9W2Z8K5V7M4N6P0R1S2T')
