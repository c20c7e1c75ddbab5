import { z } from '@hono/zod-openapi'
import { MAX_BODY } from '../activities.schemas.ts'
import { USER_ACTIVITY_TYPES } from '../activities.tables.ts'

/** At most a year ahead: a template is for the routine next step, not a far-off date. */
const Minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 365)

export const ActivityTemplate = z
  .object({
    id: z.string().openapi({ example: 'atpl_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    name: z.string(),
    type: z.enum(USER_ACTIVITY_TYPES),
    subject: z.string().nullable(),
    body: z.string(),
    dueInMinutes: z.number().int().nullable().openapi({ description: 'Due this long after it is created' }),
    remindBeforeMinutes: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The reminder this long before it is due' }),
    durationMinutes: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('ActivityTemplate')
export type ActivityTemplate = z.infer<typeof ActivityTemplate>

export const ActivityTemplateList = z
  .object({ items: z.array(ActivityTemplate) })
  .openapi('ActivityTemplateList')
export type ActivityTemplateList = z.infer<typeof ActivityTemplateList>

const fields = {
  name: z.string().trim().min(1, 'Give the template a name').max(100),
  type: z.enum(USER_ACTIVITY_TYPES),
  subject: z.string().trim().max(200).nullable().optional(),
  body: z.string().max(MAX_BODY).optional(),
  dueInMinutes: Minutes.nullable().optional(),
  remindBeforeMinutes: Minutes.nullable().optional(),
  durationMinutes: Minutes.nullable().optional(),
}

const remindNeedsDue = (t: { dueInMinutes?: number | null; remindBeforeMinutes?: number | null }) =>
  t.remindBeforeMinutes == null || t.dueInMinutes != null
const remindIssue = {
  message: 'A reminder needs a due time to count back from',
  path: ['remindBeforeMinutes'],
}

export const CreateActivityTemplateBody = z
  .strictObject(fields)
  .refine(remindNeedsDue, remindIssue)
  .openapi('CreateActivityTemplateBody')
export type CreateActivityTemplateBody = z.infer<typeof CreateActivityTemplateBody>

export const UpdateActivityTemplateBody = z
  .strictObject({ ...fields, name: fields.name.optional(), type: fields.type.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one change', path: ['name'] })
  .openapi('UpdateActivityTemplateBody')
export type UpdateActivityTemplateBody = z.infer<typeof UpdateActivityTemplateBody>
