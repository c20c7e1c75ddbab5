// Postgres: pipelines with ordered stages, what happens on entering a stage, deals, and every
// stage move (the history that conversion and velocity reports read), under RLS.
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import {
  pgTimestamp,
  pgTimestampOptional,
  tenantIdColumn,
  tenantIsolationPolicy,
  tsvector,
} from '../../../lib/pg-columns.ts'
import { type CustomFieldValues, companies, contacts } from '../contacts/contacts.tables.ts'
import { branchScopedPolicies, recordTimes } from '../shared/record-columns.ts'

export const pipelines = pgTable(
  'pipelines',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    position: integer('position').notNull().default(0),
    archivedAt: pgTimestampOptional('archived_at'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [index('pipelines_tenant').on(t.tenantId), tenantIsolationPolicy('pipelines')],
).enableRLS()

/** Open stages hold work in progress; entering a won or lost stage closes the deal. */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const
export type StageKind = (typeof STAGE_KINDS)[number]

export const stages = pgTable(
  'stages',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    pipelineId: text('pipeline_id')
      .notNull()
      .references(() => pipelines.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    winProbability: integer('win_probability').notNull().default(0),
    kind: text('kind', { enum: STAGE_KINDS }).notNull().default('open'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    // A reorder first moves positions out of the way (negated), then sets the new order.
    uniqueIndex('stages_pipeline_position').on(t.pipelineId, t.position),
    tenantIsolationPolicy('stages'),
  ],
).enableRLS()

export const AUTOMATION_ACTIONS = ['create_task', 'notify', 'send_template'] as const
export type AutomationAction = (typeof AUTOMATION_ACTIONS)[number]

/** The action's settings; which keys apply depends on `action` (see deals schemas). */
export interface AutomationConfig {
  /** create_task: the task's subject, due this many hours after entering, assigned to the deal's owner unless set. */
  subject?: string
  dueInHours?: number
  assigneeUserId?: string | null
  /** create_task: an activity template instead of subject/dueInHours. */
  templateId?: string
  /** notify: who hears (the deal's owner, the branch's managers, or named members). */
  notify?: 'owner' | 'branch_managers' | 'members'
  userIds?: string[]
  /** send_template: an e-mail template to the deal's contact. */
  emailSubject?: string
  emailBody?: string
}

export const stageAutomations = pgTable(
  'stage_automations',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'cascade' }),
    action: text('action', { enum: AUTOMATION_ACTIONS }).notNull(),
    config: jsonb('config').$type<AutomationConfig>().notNull().default({}),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    index('stage_automations_stage').on(t.tenantId, t.stageId),
    tenantIsolationPolicy('stage_automations'),
  ],
).enableRLS()

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const
export type DealStatus = (typeof DEAL_STATUSES)[number]

export const deals = pgTable(
  'deals',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    pipelineId: text('pipeline_id')
      .notNull()
      .references(() => pipelines.id),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id),
    name: text('name').notNull(),
    // Minor units (cents, paise) of `currency`, so sums never drift.
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    ownerUserId: text('owner_user_id'),
    branchId: text('branch_id'),
    contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'set null' }),
    status: text('status', { enum: DEAL_STATUSES }).notNull().default('open'),
    // Why it was won or lost (a reason from the tenant's list or free text).
    closeReason: text('close_reason'),
    closedAt: pgTimestampOptional('closed_at'),
    // Order within the stage's column: fractional, so a drop between two cards writes one row.
    position: doublePrecision('position').notNull().default(0),
    stageEnteredAt: pgTimestamp('stage_entered_at'),
    // Bumped on every write: a board move names the version it saw, a stale one gets 409.
    version: integer('version').notNull().default(1),
    customFields: jsonb('custom_fields').$type<CustomFieldValues>().notNull().default({}),
    ...recordTimes(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(name, ''))`),
  },
  (t) => [
    index('deals_board').on(t.tenantId, t.pipelineId, t.stageId, t.position),
    index('deals_tenant_list').on(t.tenantId, t.updatedAt, t.id),
    index('deals_tenant_close').on(t.tenantId, t.status, t.expectedCloseDate),
    // Sales and win/loss reports count deals closed in a date range.
    index('deals_tenant_closed').on(t.tenantId, t.closedAt).where(sql`${t.status} in ('won', 'lost')`),
    index('deals_tenant_contact').on(t.tenantId, t.contactId),
    index('deals_tenant_company').on(t.tenantId, t.companyId),
    index('deals_search').using('gin', t.search),
    index('deals_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    ...branchScopedPolicies('deals'),
  ],
).enableRLS()

/** One row per stage a deal entered (its creation included, with no `fromStageId`). */
export const dealStageChanges = pgTable(
  'deal_stage_changes',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    pipelineId: text('pipeline_id').notNull(),
    fromStageId: text('from_stage_id'),
    toStageId: text('to_stage_id').notNull(),
    // How long the deal sat in the stage it left: velocity without replaying history.
    secondsInFromStage: integer('seconds_in_from_stage'),
    byUserId: text('by_user_id'),
    at: pgTimestamp('created_at'),
  },
  (t) => [
    index('deal_stage_changes_deal').on(t.tenantId, t.dealId, t.at),
    index('deal_stage_changes_pipeline').on(t.tenantId, t.pipelineId, t.at),
    tenantIsolationPolicy('deal_stage_changes'),
  ],
).enableRLS()
