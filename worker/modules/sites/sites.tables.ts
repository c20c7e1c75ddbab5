// D1: brands, their branches, each branch's site and the site's versions.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { SiteContent } from './site-content.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

export const brands = sqliteTable(
  'brands',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    // Brand slugs are global: they are the first segment of /{brand}/{branch} on our host.
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    primaryColor: text('primary_color').notNull().default('#0f766e'),
    createdAt: createdAt(),
  },
  (t) => [index('brands_tenant').on(t.tenantId)],
)

export const branches = sqliteTable(
  'branches',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('branches_brand_slug').on(t.brandId, t.slug), index('branches_tenant').on(t.tenantId)],
)

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    branchId: text('branch_id')
      .notNull()
      .unique()
      .references(() => branches.id),
    publishedVersionId: text('published_version_id'),
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
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('site_versions_site_number').on(t.siteId, t.number),
    index('site_versions_tenant').on(t.tenantId),
  ],
)
