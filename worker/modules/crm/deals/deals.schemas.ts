import { z } from '@hono/zod-openapi'
import { CrmFilterParam } from '../filters/filter.schemas.ts'
import { DEAL_STATUSES } from './deals.tables.ts'
import { Pipeline } from './pipelines.schemas.ts'

const DealId = z.string().min(1).max(64)

/** ISO 4217 codes the runtime knows (three capitals where it cannot list them). */
const KNOWN_CURRENCIES: ReadonlySet<string> | null = (() => {
  try {
    return new Set(Intl.supportedValuesOf('currency'))
  } catch {
    return null
  }
})()

export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code, like EUR')
  .refine((code) => !KNOWN_CURRENCIES || KNOWN_CURRENCIES.has(code), 'Not an ISO 4217 currency code')
  .openapi({ example: 'EUR' })

const AmountMinor = z
  .number()
  .int('Send the amount in minor units (cents) as a whole number')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({
    description: 'In minor units of the currency (cents, paise): 1250000 is 12,500.00',
    example: 1250000,
  })

const CloseDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Not a real date')

const CloseReason = z.string().trim().min(1).max(500).optional()

/** A user, branch, contact or company the deal points at; null unlinks it. */
const LinkId = z.string().max(64).nullable().optional()

const Party = z.object({ id: z.string(), name: z.string() }).nullable()

export const Deal = z
  .object({
    id: z.string().openapi({ example: 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    pipelineId: z.string(),
    stageId: z.string(),
    name: z.string().openapi({ example: 'Catering for 40, March' }),
    amountMinor: z.number().int(),
    currency: z.string(),
    expectedCloseDate: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    branchId: z.string().nullable(),
    contactId: z.string().nullable(),
    companyId: z.string().nullable(),
    contact: Party.openapi({ description: 'The contact, when you may see it' }),
    company: Party.openapi({ description: 'The company, when you may see it' }),
    status: z.enum(DEAL_STATUSES),
    closeReason: z.string().nullable(),
    closedAt: z.string().nullable(),
    position: z.number().openapi({ description: 'Order within its stage column (ascending)' }),
    stageEnteredAt: z.string(),
    version: z.number().int().openapi({ description: 'Send it back with a move; it changes on every write' }),
    customFields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Deal')
export type Deal = z.infer<typeof Deal>

export const DealStageChange = z
  .object({
    id: z.string(),
    fromStageId: z.string().nullable(),
    fromStageName: z.string().nullable(),
    toStageId: z.string(),
    toStageName: z.string().nullable(),
    secondsInFromStage: z.number().int().nullable(),
    byUserId: z.string().nullable(),
    at: z.string(),
  })
  .openapi('DealStageChange')
export type DealStageChange = z.infer<typeof DealStageChange>

export const DealDetail = Deal.extend({
  history: z.array(DealStageChange).openapi({ description: 'Every stage it entered, oldest first' }),
}).openapi('DealDetail')
export type DealDetail = z.infer<typeof DealDetail>

export const DealList = z
  .object({ items: z.array(Deal), nextCursor: z.string().nullable() })
  .openapi('DealList')
export type DealList = z.infer<typeof DealList>

export const ListDealsQuery = z.object({
  pipelineId: z.string().max(64).optional(),
  stageId: z.string().max(64).optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  ownerUserId: z.string().max(64).optional(),
  contactId: z.string().max(64).optional(),
  companyId: z.string().max(64).optional(),
  q: z.string().trim().max(200).optional().openapi({ description: 'Part of the name (typos tolerated)' }),
  filter: CrmFilterParam.optional().openapi({
    type: 'string',
    description: 'A CrmFilter as JSON (any deal field or custom.<key>), ANDed with the parameters above',
  }),
  sort: z.string().max(80).optional().openapi({
    description: 'updatedAt (default), createdAt, name, amountMinor, expectedCloseDate or custom.<key>',
  }),
  direction: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type ListDealsQuery = z.infer<typeof ListDealsQuery>

export const CreateDealBody = z
  .strictObject({
    pipelineId: z.string().min(1).max(64),
    stageId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: "A stage of this pipeline; the pipeline's first stage when left out" }),
    name: z.string().trim().min(1, 'Give the deal a name').max(200),
    amountMinor: AmountMinor.default(0),
    currency: Currency.default('USD'),
    expectedCloseDate: CloseDate.nullable().optional(),
    ownerUserId: LinkId.openapi({ description: 'You, when left out' }),
    branchId: LinkId.openapi({ description: "The contact's (or company's) branch when left out" }),
    contactId: LinkId,
    companyId: LinkId,
    closeReason: CloseReason.openapi({ description: 'Needed when created in a lost stage' }),
    customFields: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('CreateDealBody')
export type CreateDealBody = z.infer<typeof CreateDealBody>

export const UpdateDealBody = z
  .strictObject({
    name: z.string().trim().min(1, 'Give the deal a name').max(200).optional(),
    amountMinor: AmountMinor.optional(),
    currency: Currency.optional(),
    expectedCloseDate: CloseDate.nullable().optional(),
    ownerUserId: LinkId,
    branchId: LinkId,
    contactId: LinkId,
    companyId: LinkId,
    closeReason: CloseReason.openapi({ description: 'Why a closed deal was won or lost' }),
    customFields: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'Keys given replace theirs' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you edited; a newer one on the server answers 409' }),
  })
  .openapi('UpdateDealBody')
export type UpdateDealBody = z.infer<typeof UpdateDealBody>

export const MoveDealBody = z
  .strictObject({
    stageId: z.string().min(1).max(64),
    beforeDealId: DealId.optional().openapi({ description: 'Place it just above this deal of the stage' }),
    afterDealId: DealId.optional().openapi({ description: 'Place it just below this deal of the stage' }),
    position: z.number().finite().optional().openapi({ description: 'An explicit column position' }),
    version: z.number().int().min(1).openapi({ description: 'The version the board showed' }),
    closeReason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: 'Why it was lost (needed for a lost stage) or won' }),
  })
  .refine((b) => [b.beforeDealId, b.afterDealId, b.position].filter((v) => v !== undefined).length <= 1, {
    message: 'Give at most one of beforeDealId, afterDealId and position',
    path: ['beforeDealId'],
  })
  .openapi('MoveDealBody')
export type MoveDealBody = z.infer<typeof MoveDealBody>

/** A stale move's answer: the problem, and the deal as it is now for the board to show. */
export const DealConflict = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.literal(409),
    detail: z.string(),
    code: z.literal('CONFLICT'),
    requestId: z.string(),
    deal: Deal,
  })
  .openapi('DealConflict')

export const Money = z
  .object({
    currency: z.string(),
    amountMinor: z.number().int(),
    weightedMinor: z.number().int().openapi({ description: "Amount × the stage's win probability, rounded" }),
  })
  .openapi('Money')

export const BoardColumn = z
  .object({
    stageId: z.string(),
    count: z
      .number()
      .int()
      .openapi({ description: 'Deals in the stage (all of them, not only those listed)' }),
    totals: z.array(Money).openapi({ description: 'Per currency' }),
    deals: z.array(Deal).openapi({ description: 'The first `limit` by position' }),
  })
  .openapi('BoardColumn')

export const Board = z
  .object({
    pipeline: Pipeline,
    columns: z.array(BoardColumn),
    owners: z.array(z.object({ userId: z.string(), name: z.string() })),
    limit: z.number().int(),
  })
  .openapi('Board')
export type Board = z.infer<typeof Board>

export const BoardQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Cards per stage' }),
  ownerUserId: z.string().max(64).optional(),
})
export type BoardQuery = z.infer<typeof BoardQuery>

export const DealDeleted = z
  .object({
    deleted: z.literal(true),
    crmUndoId: z.string().openapi({ description: 'POST /crm/undo/{crmUndoId} brings the deal back' }),
    undoExpiresAt: z.string(),
  })
  .openapi('DealDeleted')
