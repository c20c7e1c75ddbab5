import { z } from '@hono/zod-openapi'
import { ACTIVITY_TYPES, CALL_OUTCOMES, USER_ACTIVITY_TYPES } from './activities.tables.ts'

const Id = z.string().min(1).max(64)
const Instant = z.iso.datetime({ offset: true, error: 'Use an ISO 8601 date and time with its offset' })

export const MAX_BODY = 10_000
export const MAX_MENTIONS = 50
export const MAX_BULK_ACTIVITIES = 500
/** The calendar answers at most this many days at once (two months and a bit). */
export const MAX_CALENDAR_DAYS = 62

export const Activity = z
  .object({
    id: z.string().openapi({ example: 'act_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    type: z.enum(ACTIVITY_TYPES),
    contactId: z.string().nullable(),
    companyId: z.string().nullable(),
    dealId: z.string().nullable(),
    // Names of what it is about, so lists can say "Call Ana Lima" without a second request.
    contactName: z.string().nullable(),
    companyName: z.string().nullable(),
    dealName: z.string().nullable(),
    branchId: z.string().nullable(),
    subject: z.string().nullable(),
    body: z.string(),
    dueAt: z.string().nullable(),
    remindAt: z.string().nullable(),
    reminderSentAt: z.string().nullable(),
    assigneeUserId: z.string().nullable(),
    completedAt: z.string().nullable(),
    completedByUserId: z.string().nullable(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    outcome: z.enum(CALL_OUTCOMES).nullable(),
    mentions: z.array(z.string()).openapi({ description: 'User ids of the members @mentioned' }),
    templateId: z.string().nullable(),
    createdByUserId: z.string().nullable(),
    meta: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Activity')
export type Activity = z.infer<typeof Activity>

export const ActivityList = z
  .object({ items: z.array(Activity), nextCursor: z.string().nullable() })
  .openapi('ActivityList')
export type ActivityList = z.infer<typeof ActivityList>

const Minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 365)

export const CreateActivityBody = z
  .strictObject({
    type: z.enum(USER_ACTIVITY_TYPES),
    contactId: Id.optional(),
    companyId: Id.optional(),
    dealId: Id.optional(),
    templateId: Id.optional().openapi({
      description: 'Fills the subject, body, due and reminder times and duration the request leaves out',
    }),
    subject: z.string().trim().max(200).optional(),
    body: z.string().max(MAX_BODY).optional(),
    dueAt: Instant.nullable().optional(),
    remindAt: Instant.nullable().optional().openapi({ description: 'Before `dueAt` (or `startsAt`)' }),
    assigneeUserId: Id.nullable().optional().openapi({ description: 'Defaults to whoever creates it' }),
    durationMinutes: Minutes.nullable().optional(),
    outcome: z.enum(CALL_OUTCOMES).nullable().optional(),
    startsAt: Instant.nullable().optional(),
    endsAt: Instant.nullable().optional(),
    completed: z.boolean().optional().openapi({ description: 'Log it as already done' }),
    mentions: z
      .array(Id)
      .max(MAX_MENTIONS)
      .optional()
      .openapi({ description: 'User ids of members @mentioned in the body; each is told once' }),
  })
  .openapi('CreateActivityBody')
export type CreateActivityBody = z.infer<typeof CreateActivityBody>

export const UpdateActivityBody = z
  .strictObject({
    subject: z.string().trim().max(200).nullable().optional(),
    body: z.string().max(MAX_BODY).optional(),
    dueAt: Instant.nullable().optional(),
    remindAt: Instant.nullable().optional().openapi({ description: 'A new time sends the reminder again' }),
    assigneeUserId: Id.nullable().optional(),
    durationMinutes: Minutes.nullable().optional(),
    outcome: z.enum(CALL_OUTCOMES).nullable().optional(),
    startsAt: Instant.nullable().optional(),
    endsAt: Instant.nullable().optional(),
    completed: z.boolean().optional(),
    mentions: z.array(Id).max(MAX_MENTIONS).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one change', path: ['subject'] })
  .openapi('UpdateActivityBody')
export type UpdateActivityBody = z.infer<typeof UpdateActivityBody>

/** A list parameter, repeated or comma separated. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) =>
        typeof v === 'string' || Array.isArray(v)
          ? [...new Set([v].flat().flatMap((s) => (typeof s === 'string' ? s.split(',') : [s])))].filter(
              Boolean,
            )
          : v,
      z.array(item).max(20),
    )
    .optional()

export const ListActivitiesQuery = z
  .object({
    type: listOf(z.enum(ACTIVITY_TYPES)).openapi({ description: 'Types, repeated or comma separated' }),
    assignee: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: '`me`, `unassigned`, or a user id', example: 'me' }),
    status: z
      .enum(['open', 'completed', 'all'])
      .default('all')
      .openapi({ description: '`open`: not completed yet; `completed`: done' }),
    dueFrom: Instant.optional().openapi({ description: 'Due at or after' }),
    dueTo: Instant.optional().openapi({ description: 'Due before' }),
    contactId: Id.optional(),
    companyId: Id.optional(),
    dealId: Id.optional(),
    sort: z
      .enum(['newest', 'due'])
      .default('newest')
      .openapi({ description: '`due`: soonest due first (only activities with a due time)' }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional(),
  })
  .refine((q) => !q.dueFrom || !q.dueTo || Date.parse(q.dueFrom) < Date.parse(q.dueTo), {
    message: '`dueTo` must be after `dueFrom`',
    path: ['dueTo'],
  })
export type ListActivitiesQuery = z.infer<typeof ListActivitiesQuery>

export const CalendarQuery = z
  .object({
    from: Instant,
    to: Instant,
    assignee: z.string().min(1).max(64).optional().openapi({ description: '`me` or a user id' }),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: '`to` must be after `from`',
    path: ['to'],
  })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_CALENDAR_DAYS * 86_400_000, {
    message: `Ask for at most ${MAX_CALENDAR_DAYS} days at once`,
    path: ['to'],
  })
export type CalendarQuery = z.infer<typeof CalendarQuery>

export const CalendarAnswer = z
  .object({
    items: z.array(Activity).openapi({ description: 'Tasks and calls by due time, meetings by start' }),
    truncated: z.boolean().openapi({ description: 'More fell in the range than one answer holds' }),
  })
  .openapi('ActivityCalendar')
export type CalendarAnswer = z.infer<typeof CalendarAnswer>

export const BulkActivitiesBody = z
  .strictObject({
    activityIds: z
      .array(Id)
      .min(1)
      .max(MAX_BULK_ACTIVITIES, `At most ${MAX_BULK_ACTIVITIES} activities at a time`)
      .refine((ids) => new Set(ids).size === ids.length, 'List each activity once'),
    action: z.enum(['complete', 'reassign']),
    assigneeUserId: Id.nullable().optional().openapi({ description: 'For `reassign`: the new assignee' }),
  })
  .refine((b) => b.action !== 'reassign' || b.assigneeUserId !== undefined, {
    message: 'Say who to reassign to',
    path: ['assigneeUserId'],
  })
  .openapi('BulkActivitiesBody')
export type BulkActivitiesBody = z.infer<typeof BulkActivitiesBody>

export const BulkActivitiesResult = z
  .object({
    matched: z
      .number()
      .int()
      .openapi({ description: 'Activities named (all of them, or the request fails)' }),
    updated: z.number().int().openapi({ description: 'Activities that changed; the rest already were so' }),
  })
  .openapi('BulkActivitiesResult')
export type BulkActivitiesResult = z.infer<typeof BulkActivitiesResult>

export const CrmMember = z.object({ userId: z.string(), name: z.string() }).openapi('CrmMember')
export const CrmMemberList = z
  .object({
    me: z.string().openapi({ description: 'The user id of whoever asked' }),
    items: z.array(CrmMember),
    assignable: z.array(z.string()).openapi({ description: 'User ids who may be given tasks' }),
  })
  .openapi('CrmMemberList')
export type CrmMemberList = z.infer<typeof CrmMemberList>
