import { z } from '@hono/zod-openapi'
import { AUTOMATION_ACTIONS } from '../deals.tables.ts'

/** A stage keeps at most this many automations. */
export const MAX_AUTOMATIONS = 10

export const CreateTaskConfig = z
  .strictObject({
    subject: z.string().trim().min(1).max(200).optional().openapi({ example: 'Send the proposal' }),
    templateId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'An activity template (its subject, body, due time and reminder)' }),
    dueInHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 365)
      .default(24),
    assigneeUserId: z
      .string()
      .max(64)
      .nullable()
      .optional()
      .openapi({ description: "The deal's owner when left out" }),
  })
  .refine((c) => c.subject || c.templateId, {
    message: 'Give the task a subject or a template',
    path: ['subject'],
  })

export const NotifyConfig = z
  .strictObject({
    notify: z.enum(['owner', 'branch_managers', 'members']),
    userIds: z.array(z.string().max(64)).max(20).optional().openapi({ description: 'For `members`' }),
  })
  .refine((c) => c.notify !== 'members' || (c.userIds?.length ?? 0) > 0, {
    message: 'Choose who hears about it',
    path: ['userIds'],
  })

export const SendTemplateConfig = z.strictObject({
  emailSubject: z.string().trim().min(1).max(200),
  emailBody: z
    .string()
    .trim()
    .min(1)
    .max(10_000)
    .openapi({ description: 'Plain text; {{contact.name}}, {{deal.name}} and {{stage.name}} are filled in' }),
})

export const CONFIG_SCHEMAS = {
  create_task: CreateTaskConfig,
  notify: NotifyConfig,
  send_template: SendTemplateConfig,
} as const

export const StageAutomation = z
  .object({
    id: z.string().openapi({ example: 'sau_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    stageId: z.string(),
    action: z.enum(AUTOMATION_ACTIONS),
    config: z.record(z.string(), z.unknown()),
    enabled: z.boolean(),
    position: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('StageAutomation')
export type StageAutomation = z.infer<typeof StageAutomation>

export const StageAutomationList = z
  .object({ items: z.array(StageAutomation) })
  .openapi('StageAutomationList')
export type StageAutomationList = z.infer<typeof StageAutomationList>

export const CreateStageAutomationBody = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('create_task'),
      config: CreateTaskConfig,
      enabled: z.boolean().default(true),
    }),
    z.strictObject({ action: z.literal('notify'), config: NotifyConfig, enabled: z.boolean().default(true) }),
    z.strictObject({
      action: z.literal('send_template'),
      config: SendTemplateConfig,
      enabled: z.boolean().default(true),
    }),
  ])
  .openapi('CreateStageAutomationBody')
export type CreateStageAutomationBody = z.infer<typeof CreateStageAutomationBody>

export const UpdateStageAutomationBody = z
  .strictObject({
    config: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "The whole new config, checked against the automation's action" }),
    enabled: z.boolean().optional(),
    position: z.number().int().min(0).max(100).optional(),
  })
  .openapi('UpdateStageAutomationBody')
export type UpdateStageAutomationBody = z.infer<typeof UpdateStageAutomationBody>
