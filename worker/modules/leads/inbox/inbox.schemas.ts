import { z } from '@hono/zod-openapi'
import { activities } from '../../crm/activities/activities.tables.ts'
import { LeadConsent, LeadUtm } from '../lead-message.ts'
import { Lead } from '../leads.schemas.ts'
import { LEAD_SOURCES, LEAD_STATUSES } from '../leads.tables.ts'

/**
 * A list parameter that may be repeated (`?status=new&status=contacted`) or comma separated
 * (`?status=new,contacted`); either way the service sees a de-duplicated array.
 */
const listOf = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' || Array.isArray(v) ? [...new Set([v].flat().flatMap(splitList))] : v),
      z.array(item).max(50),
    )
    .optional()
    .openapi({ description })

const splitList = (v: unknown) => (typeof v === 'string' ? v.split(',').filter(Boolean) : [v])

/** A day (`2026-11-21`, the whole UTC day) or an instant with its offset. */
const DayOrInstant = z.union([
  z.iso.date(),
  z.iso.datetime({ offset: true, error: 'Use an ISO 8601 date (2026-11-21) or date and time' }),
])

const filterFields = z.object({
  branchId: listOf(z.string().min(1).max(64), 'Branch ids, repeated or comma separated'),
  source: listOf(z.enum(LEAD_SOURCES), 'Lead sources, repeated or comma separated'),
  sourceId: z.string().min(1).max(64).optional().openapi({ description: 'A connected lead source' }),
  status: listOf(z.enum(LEAD_STATUSES), 'Statuses, repeated or comma separated'),
  owner: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: '`me`, `unassigned`, or a user id', example: 'me' }),
  spam: z
    .enum(['exclude', 'only', 'include'])
    .default('exclude')
    .openapi({ description: 'Spam-marked leads are left out unless asked for' }),
  from: DayOrInstant.optional().openapi({ description: 'Received at or after (a day starts at 00:00 UTC)' }),
  to: DayOrInstant.optional().openapi({ description: 'Received before (a day is included whole)' }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'Words in the name, e-mail address, message, or digits of the phone number' }),
  sla: z
    .enum(['breached', 'due'])
    .optional()
    .openapi({ description: '`breached`: answered late or not yet and overdue; `due`: clock running' }),
})

/** The first instant a `from` value includes. */
export const startOf = (value: string): Date => new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
/** The first instant a `to` value excludes: a bare day runs to the next midnight UTC. */
export const endOf = (value: string): Date =>
  value.length === 10 ? new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000) : new Date(value)

const ordered = (f: { from?: string; to?: string }) => !f.from || !f.to || startOf(f.from) < endOf(f.to)
const orderIssue = { message: '`to` must be after `from`', path: ['to'] }

/** The filters the list and the CSV export share. */
export const LeadFilters = filterFields.refine(ordered, orderIssue)
export type LeadFilters = z.infer<typeof LeadFilters>

export const ListLeadsQuery = filterFields
  .extend({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional(),
  })
  .refine(ordered, orderIssue)
export type ListLeadsQuery = z.infer<typeof ListLeadsQuery>

export const LeadTouch = z
  .object({
    id: z.string().openapi({ example: 'tch_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    source: z.enum(LEAD_SOURCES),
    sourceId: z.string().nullable(),
    formId: z.string().nullable(),
    externalId: z.string().nullable(),
    branchId: z.string(),
    message: z.string().nullable(),
    fields: z.record(z.string(), z.string()),
    utm: LeadUtm.nullable(),
    consent: LeadConsent.nullable(),
    spamScore: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('LeadTouch')
export type LeadTouch = z.infer<typeof LeadTouch>

export const LeadActivity = z
  .object({
    id: z.string(),
    type: z.enum(activities.type.enumValues),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('LeadActivity')
export type LeadActivity = z.infer<typeof LeadActivity>

export const LeadDetail = z
  .object({
    lead: Lead,
    assignmentReason: z
      .string()
      .nullable()
      .openapi({ description: 'Why the owner has the lead: a routing rule, round-robin, claimed, manual' }),
    touches: z.array(LeadTouch).openapi({ description: 'Every arrival, newest first' }),
    activities: z.array(LeadActivity).openapi({ description: "The contact's CRM timeline, newest first" }),
  })
  .openapi('LeadDetail')
export type LeadDetail = z.infer<typeof LeadDetail>

const LeadChanges = z
  .strictObject({
    status: z.enum(LEAD_STATUSES).optional(),
    ownerUserId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .openapi({ description: 'A member to assign the lead to, or null to unassign' }),
  })
  .refine((b) => b.status !== undefined || b.ownerUserId !== undefined, {
    message: 'Send a status, an ownerUserId, or both',
    path: ['status'],
  })

export const UpdateLeadBody = LeadChanges.openapi('UpdateLeadBody')
export type UpdateLeadBody = z.infer<typeof UpdateLeadBody>

export const MAX_BULK_LEADS = 200

export const BulkUpdateLeadsBody = z
  .strictObject({
    leadIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(MAX_BULK_LEADS, `At most ${MAX_BULK_LEADS} leads at a time`)
      .refine((ids) => new Set(ids).size === ids.length, 'List each lead once'),
    set: LeadChanges,
  })
  .openapi('BulkUpdateLeadsBody')
export type BulkUpdateLeadsBody = z.infer<typeof BulkUpdateLeadsBody>

export const BulkUpdateResult = z
  .object({
    matched: z.number().int().openapi({ description: 'Leads named (all of them, or the request fails)' }),
    updated: z.number().int().openapi({ description: 'Leads that changed; the rest already were so' }),
  })
  .openapi('BulkUpdateResult')
export type BulkUpdateResult = z.infer<typeof BulkUpdateResult>
