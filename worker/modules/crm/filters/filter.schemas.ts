import { z } from '@hono/zod-openapi'

/**
 * One filter language for every CRM list: the list screens, saved views, exports, bulk
 * actions and scoring's fit rules all send it, and `filterSql` (filter-sql.ts) turns it into
 * a WHERE clause. Fields are the entity's built-in fields (FILTER_FIELDS) or `custom.<key>`.
 */
export const FILTER_OPS = [
  'eq',
  'neq',
  'contains',
  'not_contains',
  'starts_with',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'in',
  'not_in',
  'has_any',
  'has_all',
  'is_empty',
  'is_not_empty',
] as const
export type FilterOp = (typeof FILTER_OPS)[number]

const Scalar = z.union([z.string().max(500), z.number(), z.boolean()])

export const CrmCondition = z
  .object({
    field: z.string().min(1).max(80).openapi({ example: 'custom.budget' }),
    op: z.enum(FILTER_OPS),
    // between: [from, to]; in/not_in/has_any/has_all: a list; is_empty/is_not_empty: none.
    value: z.union([Scalar, z.array(Scalar).max(100)]).optional(),
  })
  .openapi('CrmCondition')
export type CrmCondition = z.infer<typeof CrmCondition>

export const CrmFilter = z
  .object({
    match: z.enum(['all', 'any']).default('all'),
    conditions: z.array(CrmCondition).max(20).default([]),
    // Free text, matched like the search box (names, e-mails, phones).
    q: z.string().trim().max(200).optional(),
  })
  .openapi('CrmFilter')
export type CrmFilter = z.infer<typeof CrmFilter>

/** A CrmFilter as a JSON-encoded query parameter (a 400 when it is not JSON or not a filter). */
export const CrmFilterParam = z
  .string()
  .max(8000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown
    } catch {
      ctx.addIssue({ code: 'custom', message: 'filter must be JSON' })
      return z.NEVER
    }
  })
  .pipe(CrmFilter)

export const CrmSort = z
  .object({ field: z.string().min(1).max(80), direction: z.enum(['asc', 'desc']).default('desc') })
  .openapi('CrmSort')
export type CrmSort = z.infer<typeof CrmSort>

/** Built-in fields each entity can be filtered and sorted on, with the kind of value they hold. */
export const FILTER_FIELDS = {
  contact: {
    name: 'text',
    email: 'text',
    phone: 'text',
    jobTitle: 'text',
    ownerUserId: 'id',
    branchId: 'id',
    companyId: 'id',
    tags: 'tags',
    lifecycleStage: 'enum',
    source: 'enum',
    score: 'number',
    consentEmail: 'boolean',
    consentWhatsapp: 'boolean',
    consentSms: 'boolean',
    createdAt: 'date',
    updatedAt: 'date',
    lastActivityAt: 'date',
  },
  company: {
    name: 'text',
    domain: 'text',
    industry: 'text',
    employees: 'number',
    city: 'text',
    country: 'text',
    parentId: 'id',
    ownerUserId: 'id',
    branchId: 'id',
    tags: 'tags',
    createdAt: 'date',
    updatedAt: 'date',
  },
  deal: {
    name: 'text',
    pipelineId: 'id',
    stageId: 'id',
    status: 'enum',
    amountMinor: 'number',
    currency: 'enum',
    expectedCloseDate: 'date',
    ownerUserId: 'id',
    branchId: 'id',
    contactId: 'id',
    companyId: 'id',
    closedAt: 'date',
    createdAt: 'date',
    updatedAt: 'date',
  },
} as const
export type BuiltInFieldKind = 'text' | 'id' | 'tags' | 'enum' | 'number' | 'boolean' | 'date'
