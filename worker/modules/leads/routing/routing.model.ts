// Assignment rules and agents' working shifts: zod shared by the API, the engine and the dashboard.
import { z } from '@hono/zod-openapi'
import { LEAD_SOURCES } from '../leads.tables.ts'

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM')
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** Weekly intervals in the agent's time zone; an interval may run past midnight (22:00–06:00). */
export const Shifts = z
  .strictObject({
    timezone: z.string().min(1).max(64),
    week: z.partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([Time, Time])).max(4)),
  })
  .openapi('Shifts')
export type Shifts = z.infer<typeof Shifts>

/** A rule matches when every condition it names matches; an empty condition matches everything. */
export const RuleMatch = z
  .strictObject({
    branchIds: z.array(z.string()).max(200).optional(),
    sources: z.array(z.enum(LEAD_SOURCES)).max(LEAD_SOURCES.length).optional(),
    sourceIds: z.array(z.string()).max(100).optional(),
    formIds: z.array(z.string()).max(100).optional(),
    // Only while the lead's branch is open (its opening hours), or only while it is closed.
    branchHours: z.enum(['open', 'closed']).optional(),
  })
  .openapi('RuleMatch')
export type RuleMatch = z.infer<typeof RuleMatch>

export const RuleAction = z
  .discriminatedUnion('type', [
    // One named member.
    z.strictObject({ type: z.literal('user'), userId: z.string() }),
    // Round-robin among the named members.
    z.strictObject({ type: z.literal('round_robin'), userIds: z.array(z.string()).min(1).max(100) }),
    // Round-robin among the agents and managers whose branch scope covers the lead's branch.
    z.strictObject({ type: z.literal('branch_round_robin') }),
  ])
  .openapi('RuleAction')
export type RuleAction = z.infer<typeof RuleAction>
