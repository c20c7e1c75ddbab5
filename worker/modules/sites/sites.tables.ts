// D1: each branch's site, its working draft and its published versions.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { branches } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { SiteContent } from './content/site-content.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    branchId: text('branch_id')
      .notNull()
      .unique()
      .references(() => branches.id),
    // Null: nothing is live (never published, or unpublished), and visitors get a 404 page.
    publishedVersionId: text('published_version_id'),
    // What the builder edits; publishing copies it into a new version.
    draft: text('draft', { mode: 'json' }).$type<SiteContent>(),
    draftUpdatedAt: integer('draft_updated_at', { mode: 'timestamp_ms' }),
    draftUpdatedBy: text('draft_updated_by'),
    // SHA-256 of the secret in the shareable draft preview link; null when none is shared.
    previewTokenHash: text('preview_token_hash'),
    previewExpiresAt: integer('preview_expires_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('sites_tenant').on(t.tenantId)],
)

export const siteVersions = sqliteTable(
  'site_versions',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    number: integer('number').notNull(),
    content: text('content', { mode: 'json' }).$type<SiteContent>().notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    publishedBy: text('published_by'),
    // e.g. 'Rolled back to version 3'.
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('site_versions_site_number').on(t.siteId, t.number),
    index('site_versions_tenant').on(t.tenantId),
  ],
)
