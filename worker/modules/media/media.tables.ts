// D1: uploaded images and videos; the bytes live in R2 under tenants/{tenantId}/media/.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { tenants } from '../tenants/tenants.tables.ts'

export const MEDIA_KINDS = ['image', 'video'] as const

export const mediaAssets = sqliteTable(
  'media_assets',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: MEDIA_KINDS }).notNull(),
    // The R2 key; also the public path below /media/.
    key: text('key').notNull().unique(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    fileName: text('file_name'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('media_assets_tenant').on(t.tenantId, t.createdAt)],
)
