import { z } from 'zod'

const tenantId = z.string().min(1)

/**
 * Everything on the `crm` queue. Each kind is one unit of work that is safe to run twice:
 * handlers claim their row (reminder_sent_at, processed_rows …) before acting on it.
 */
export const CrmMessage = z.discriminatedUnion('type', [
  // Import the next chunk of a confirmed CSV import from row `offset` (0-based data row).
  z.object({
    type: z.literal('crm.import'),
    tenantId,
    importId: z.string(),
    offset: z.number().int().min(0),
  }),
  // A task's reminder fell due: tell its assignee in the dashboard and by e-mail.
  z.object({ type: z.literal('crm.reminder'), tenantId, activityId: z.string() }),
  // Members were @mentioned in a note.
  z.object({
    type: z.literal('crm.mention'),
    tenantId,
    activityId: z.string(),
    userIds: z.array(z.string()).min(1).max(50),
  }),
  // Recompute lead scores: these contacts, or (no contactIds) every contact after `after`.
  z.object({
    type: z.literal('crm.score'),
    tenantId,
    contactIds: z.array(z.string()).max(500).optional(),
    after: z.string().optional(),
  }),
  // A deal entered a stage (deal_stage_changes row `changeId`): run that stage's automations.
  z.object({
    type: z.literal('crm.automation'),
    tenantId,
    dealId: z.string(),
    stageId: z.string(),
    changeId: z.string(),
  }),
])
export type CrmMessage = z.infer<typeof CrmMessage>
export type CrmMessageOf<T extends CrmMessage['type']> = Extract<CrmMessage, { type: T }>
