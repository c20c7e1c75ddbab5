import { z } from '@hono/zod-openapi'
import { RuleAction, RuleMatch, Shifts } from './routing.model.ts'

const Timestamp = z.string().openapi({ example: '2026-11-21T09:30:00.000Z' })

// ---- Rules ------------------------------------------------------------------------------------

export const RoutingRule = z
  .object({
    id: z.string().openapi({ example: 'rrl_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    name: z.string().openapi({ example: 'Downtown evenings' }),
    position: z.number().int().openapi({ description: 'Rules are tried from position 0 up' }),
    match: RuleMatch,
    action: RuleAction,
    respectShifts: z.boolean(),
    enabled: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('RoutingRule')
export type RoutingRule = z.infer<typeof RoutingRule>

export const RoutingRuleList = z.object({ data: z.array(RoutingRule) }).openapi('RoutingRuleList')

const ruleFields = {
  name: z.string().trim().min(1, 'Name the rule').max(80).openapi({ example: 'Downtown evenings' }),
  match: RuleMatch.default({}),
  action: RuleAction,
  respectShifts: z
    .boolean()
    .default(true)
    .openapi({ description: 'Skip members off shift (away members are always skipped)' }),
  enabled: z.boolean().default(true),
}

export const CreateRoutingRuleBody = z.strictObject(ruleFields).openapi('CreateRoutingRuleBody')
export type CreateRoutingRuleBody = z.infer<typeof CreateRoutingRuleBody>

export const UpdateRoutingRuleBody = z
  .strictObject({
    name: ruleFields.name.optional(),
    match: RuleMatch.optional(),
    action: RuleAction.optional(),
    respectShifts: z.boolean().optional(),
    enabled: z.boolean().optional(),
  })
  .openapi('UpdateRoutingRuleBody')
export type UpdateRoutingRuleBody = z.infer<typeof UpdateRoutingRuleBody>

export const ReorderRoutingRulesBody = z
  .strictObject({
    ruleIds: z
      .array(z.string().min(1).max(64))
      .max(200)
      .openapi({ description: "Every rule's id, in the new order" }),
  })
  .openapi('ReorderRoutingRulesBody')

// ---- Availability -----------------------------------------------------------------------------

const Status = z.enum(['available', 'away']).openapi({ description: 'Away members are never assigned leads' })

export const Availability = z
  .object({
    userId: z.string(),
    status: Status,
    shifts: Shifts.nullable().openapi({ description: 'Weekly shifts; null: always on shift' }),
    onShift: z.boolean().openapi({ description: 'Whether the shifts include this moment' }),
    updatedAt: Timestamp.nullable(),
  })
  .openapi('Availability')
export type Availability = z.infer<typeof Availability>

const ZonedShifts = Shifts.refine(
  (shifts) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: shifts.timezone })
      return true
    } catch {
      return false
    }
  },
  { message: 'Use an IANA time zone such as Asia/Kolkata', path: ['timezone'] },
)

export const UpdateAvailabilityBody = z
  .strictObject({
    status: Status,
    shifts: ZonedShifts.nullable()
      .optional()
      .openapi({ description: 'Left out: unchanged; null: no shifts' }),
  })
  .openapi('UpdateAvailabilityBody')
export type UpdateAvailabilityBody = z.infer<typeof UpdateAvailabilityBody>

export const MemberAvailability = Availability.extend({
  name: z.string(),
  role: z.string().openapi({ example: 'agent' }),
  branchIds: z.array(z.string()).nullable().openapi({ description: 'Null: every branch' }),
}).openapi('MemberAvailability')

export const MemberAvailabilityList = z
  .object({ data: z.array(MemberAvailability) })
  .openapi('MemberAvailabilityList')
