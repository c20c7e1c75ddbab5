// D1: brands, their branches, the people on each branch's team, and the slugs they used to have.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type {
  BranchAddress,
  BranchPayments,
  BrandColors,
  BrandFonts,
  GalleryImage,
  OpeningHours,
  PhoneNumber,
  ServiceItem,
  SocialLink,
} from './branch-details.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' })

export const brands = sqliteTable(
  'brands',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    // Brand slugs are global: they are the first segment of /{brand}/{branch} on our host.
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    primaryColor: text('primary_color').notNull().default('#0f766e'),
    colors: text('colors', { mode: 'json' }).$type<BrandColors>(),
    fonts: text('fonts', { mode: 'json' }).$type<BrandFonts>(),
    // Media ids (media_assets) of the logo and the default cover image.
    logoMediaId: text('logo_media_id'),
    coverMediaId: text('cover_media_id'),
    website: text('website'),
    updatedAt: updatedAt(),
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
    address: text('address', { mode: 'json' }).$type<BranchAddress>(),
    // IANA zone; opening hours are in the branch's local time.
    timezone: text('timezone').notNull().default('UTC'),
    phones: text('phones', { mode: 'json' }).$type<PhoneNumber[]>(),
    whatsapp: text('whatsapp'),
    email: text('email'),
    hours: text('hours', { mode: 'json' }).$type<OpeningHours>(),
    social: text('social', { mode: 'json' }).$type<SocialLink[]>(),
    services: text('services', { mode: 'json' }).$type<ServiceItem[]>(),
    gallery: text('gallery', { mode: 'json' }).$type<GalleryImage[]>(),
    payments: text('payments', { mode: 'json' }).$type<BranchPayments>(),
    // A closed-for-good branch answers 410 Gone; its row stays for history and redirects.
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    updatedAt: updatedAt(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('branches_brand_slug').on(t.brandId, t.slug), index('branches_tenant').on(t.tenantId)],
)

/** A person on a branch's team, with a personal card at /{brand}/{branch}/{person}. */
export const staffMembers = sqliteTable(
  'staff_members',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    bio: text('bio'),
    photoMediaId: text('photo_media_id'),
    phone: text('phone'),
    whatsapp: text('whatsapp'),
    email: text('email'),
    // The dashboard user their card's leads are assigned to, when they have an account.
    userId: text('user_id'),
    position: integer('position').notNull().default(0),
    published: integer('published', { mode: 'boolean' }).notNull().default(true),
    updatedAt: updatedAt(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('staff_members_branch_slug').on(t.branchId, t.slug),
    index('staff_members_tenant').on(t.tenantId),
  ],
)

export const SLUG_KINDS = ['brand', 'branch', 'staff'] as const

/**
 * Old slugs, so printed links keep working after a rename: a visit to an old path answers 301
 * to the current one. `scopeId` is what the slug is unique within: '' for brands (global),
 * the brand for branches, the branch for staff.
 */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    kind: text('kind', { enum: SLUG_KINDS }).notNull(),
    scopeId: text('scope_id').notNull(),
    fromSlug: text('from_slug').notNull(),
    targetId: text('target_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('slug_redirects_from').on(t.kind, t.scopeId, t.fromSlug),
    index('slug_redirects_tenant').on(t.tenantId),
  ],
)
