// Postgres (through Hyperdrive): contacts, companies and the links between them, under RLS
// (tenant, then branch scope). Search reads the generated `search` documents and trigram indexes.
import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
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
import { branchScopedPolicies, recordTimes } from '../shared/record-columns.ts'

export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'qualified',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number]

/** Custom field values by field key: typed per the tenant's definitions (crm_fields) on write. */
export type CustomFieldValues = Record<string, string | number | string[] | null>

/** Why a contact has its score: one line per rule that added or took points. */
export interface ScoreReason {
  ruleId: string
  label: string
  points: number
}

export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    // The primary address and number: unique per tenant, the identity leads and imports match on.
    email: text('email'),
    phone: text('phone'),
    // Further addresses and numbers, e.g. kept from a merged duplicate.
    otherEmails: text('other_emails').array().notNull().default(sql`'{}'::text[]`),
    otherPhones: text('other_phones').array().notNull().default(sql`'{}'::text[]`),
    jobTitle: text('job_title'),
    ownerUserId: text('owner_user_id'),
    branchId: text('branch_id'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    lifecycleStage: text('lifecycle_stage', { enum: LIFECYCLE_STAGES }).notNull().default('lead'),
    // How the contact first reached us: a lead source, 'import' or 'manual'.
    source: text('source'),
    consentEmail: boolean('consent_email').notNull().default(false),
    consentWhatsapp: boolean('consent_whatsapp').notNull().default(false),
    consentSms: boolean('consent_sms').notNull().default(false),
    consentUpdatedAt: pgTimestampOptional('consent_updated_at'),
    customFields: jsonb('custom_fields').$type<CustomFieldValues>().notNull().default({}),
    score: integer('score').notNull().default(0),
    scoreReasons: jsonb('score_reasons').$type<ScoreReason[]>().notNull().default([]),
    scoredAt: pgTimestampOptional('scored_at'),
    lastActivityAt: pgTimestampOptional('last_activity_at'),
    ...recordTimes(),
    phoneDigits: text('phone_digits').generatedAlwaysAs(
      sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
    ),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, ''))`,
    ),
  },
  (t) => [
    uniqueIndex('contacts_tenant_email').on(t.tenantId, t.email).where(sql`${t.email} is not null`),
    uniqueIndex('contacts_tenant_phone').on(t.tenantId, t.phone).where(sql`${t.phone} is not null`),
    index('contacts_tenant_created').on(t.tenantId, t.createdAt),
    index('contacts_tenant_list').on(t.tenantId, t.updatedAt, t.id),
    index('contacts_tenant_score').on(t.tenantId, t.score, t.id),
    index('contacts_tenant_name').on(t.tenantId, t.name, t.id),
    index('contacts_tenant_owner').on(t.tenantId, t.ownerUserId),
    index('contacts_tenant_branch').on(t.tenantId, t.branchId),
    index('contacts_tags').using('gin', t.tags),
    index('contacts_custom_fields').using('gin', t.customFields),
    index('contacts_search').using('gin', t.search),
    index('contacts_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('contacts_email_trgm').using('gin', t.email.op('gin_trgm_ops')),
    index('contacts_phone_trgm').using('gin', t.phoneDigits.op('gin_trgm_ops')),
    ...branchScopedPolicies('contacts'),
  ],
).enableRLS()

export const companies = pgTable(
  'companies',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    domain: text('domain'),
    // Hierarchy: a subsidiary or site under its group; cycles are refused on write.
    parentId: text('parent_id').references((): AnyPgColumn => companies.id, { onDelete: 'set null' }),
    industry: text('industry'),
    employees: integer('employees'),
    phone: text('phone'),
    website: text('website'),
    city: text('city'),
    country: text('country'),
    ownerUserId: text('owner_user_id'),
    branchId: text('branch_id'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb('custom_fields').$type<CustomFieldValues>().notNull().default({}),
    ...recordTimes(),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(domain, '') || ' ' || coalesce(industry, ''))`,
    ),
  },
  (t) => [
    index('companies_tenant_list').on(t.tenantId, t.updatedAt, t.id),
    index('companies_tenant_parent').on(t.tenantId, t.parentId),
    uniqueIndex('companies_tenant_domain')
      .on(t.tenantId, t.domain)
      .where(sql`${t.domain} is not null and ${t.deletedAt} is null`),
    index('companies_tags').using('gin', t.tags),
    index('companies_custom_fields').using('gin', t.customFields),
    index('companies_search').using('gin', t.search),
    index('companies_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    ...branchScopedPolicies('companies'),
  ],
).enableRLS()

/** A person at a company; one primary company per contact is what lists and scoring show. */
export const contactCompanies = pgTable(
  'contact_companies',
  {
    tenantId: tenantIdColumn(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    role: text('role'),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.companyId] }),
    index('contact_companies_company').on(t.tenantId, t.companyId),
    uniqueIndex('contact_companies_one_primary').on(t.contactId).where(sql`${t.isPrimary}`),
    tenantIsolationPolicy('contact_companies'),
  ],
).enableRLS()
