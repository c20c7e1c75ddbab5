import { z } from '@hono/zod-openapi'
import { ScoringCondition } from './scoring.schemas.ts'

export const MAX_SCORING_RULES = 100

const Points = z
  .number()
  .int()
  .min(-100)
  .max(100)
  .refine((n) => n !== 0, 'Points must not be 0: give a positive or a negative number')
  .openapi({ example: 15, description: 'Added when the rule matches; negative to take points away' })

const Label = z.string().trim().min(1).max(80).openapi({ example: 'Scanned a QR code this month' })

export const ScoringRule = z
  .object({
    id: z.string().openapi({ example: 'srul_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    label: z.string(),
    condition: ScoringCondition,
    points: z.number().int(),
    enabled: z.boolean(),
    position: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('ScoringRule')
export type ScoringRule = z.infer<typeof ScoringRule>

export const ScoringRuleList = z.object({ items: z.array(ScoringRule) }).openapi('ScoringRuleList')
export type ScoringRuleList = z.infer<typeof ScoringRuleList>

export const ScoringRuleInput = z
  .object({ label: Label, condition: ScoringCondition, points: Points, enabled: z.boolean().default(true) })
  .strict()
  .openapi('ScoringRuleInput')
export type ScoringRuleInput = z.infer<typeof ScoringRuleInput>

export const ScoringRulePatch = z
  .object({
    label: Label.optional(),
    condition: ScoringCondition.optional(),
    points: Points.optional(),
    enabled: z.boolean().optional(),
    position: z.number().int().min(0).max(MAX_SCORING_RULES).optional(),
  })
  .strict()
  .openapi('ScoringRulePatch')
export type ScoringRulePatch = z.infer<typeof ScoringRulePatch>

export const ContactScore = z
  .object({
    contactId: z.string(),
    score: z.number().int().openapi({ example: 72 }),
    reasons: z.array(z.object({ ruleId: z.string(), label: z.string(), points: z.number().int() })),
    scoredAt: z.string().nullable().openapi({ description: 'When the stored score last changed' }),
    explained: z
      .boolean()
      .openapi({ description: 'True when computed now from the current rules (?explain=true)' }),
  })
  .openapi('ContactScore')
export type ContactScore = z.infer<typeof ContactScore>

export const RecomputeStatus = z
  .object({
    state: z.enum(['idle', 'queued', 'running', 'done']),
    processed: z.number().int(),
    total: z.number().int(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('ScoringRecomputeStatus')
export type RecomputeStatus = z.infer<typeof RecomputeStatus>
