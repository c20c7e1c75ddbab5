// D1: lead sources a tenant connected (ad platforms, WhatsApp, generic webhooks) and the log of
// what each one delivered, accepted or refused.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { SourceConfig } from './source-config.ts'

export const SOURCE_KINDS = ['facebook', 'google_ads', 'linkedin', 'whatsapp', 'webhook'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const leadSources = sqliteTable(
  'lead_sources',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    name: text('name').notNull(),
    // Where its leads go unless the config maps a form to another branch.
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    // The platform account that app-level webhooks are routed by: Facebook page id, WhatsApp
    // phone number id, LinkedIn organization id. Null for per-source URLs (Google, webhook).
    accountId: text('account_id'),
    config: text('config', { mode: 'json' }).$type<SourceConfig>().notNull(),
    // Tokens and keys (page access token, google_key, HMAC secret …), sealed with AES-GCM
    // (lib/sealed-secrets) and bound to the source id; never returned by the API.
    sealedSecret: text('sealed_secret'),
    status: text('status', { enum: ['active', 'paused'] })
      .notNull()
      .default('active'),
    lastDeliveryAt: integer('last_delivery_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('lead_sources_tenant').on(t.tenantId, t.createdAt),
    // One live connection per platform account, so a webhook has exactly one tenant.
    uniqueIndex('lead_sources_kind_account').on(t.kind, t.accountId),
  ],
)

export const DELIVERY_OUTCOMES = ['accepted', 'duplicate', 'rejected', 'failed', 'ignored'] as const
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number]

export const sourceDeliveries = sqliteTable(
  'lead_source_deliveries',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sourceId: text('source_id')
      .notNull()
      .references(() => leadSources.id),
    outcome: text('outcome', { enum: DELIVERY_OUTCOMES }).notNull(),
    // What we answered the platform.
    httpStatus: integer('http_status').notNull(),
    // Why it was refused or failed, in words an owner can act on.
    detail: text('detail'),
    externalId: text('external_id'),
    leadId: text('lead_id'),
    // The first 2 KB of the body as received, for troubleshooting a mapping.
    excerpt: text('excerpt'),
    createdAt: createdAt(),
  },
  (t) => [index('lead_source_deliveries_source').on(t.sourceId, t.createdAt)],
)
