// D1: API keys for the public API. The secret is shown once; only its hash is kept.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { users } from '../auth/auth.tables.ts'
import type { ApiScope } from '../auth/permissions.ts'
import { tenants } from '../tenants/tenants.tables.ts'

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    // The first characters of the key (`vk_live_AbC1`), shown in lists so people can tell keys apart.
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    scopes: text('scopes', { mode: 'json' }).$type<ApiScope[]>().notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_tenant').on(t.tenantId, t.createdAt)],
)
