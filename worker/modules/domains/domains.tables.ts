// D1: tenants' custom hostnames; KV (host:*) caches this map for the hot path.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'

/**
 * pending: registered with Cloudflare, waiting for the owner's DNS records and the certificate;
 * active: serving; failed: Cloudflare gave up (the records tell why); the owner can retry.
 */
export const HOSTNAME_STATUSES = ['pending', 'active', 'failed'] as const

export interface DnsRecord {
  type: 'CNAME' | 'TXT'
  name: string
  value: string
  purpose: 'routing' | 'ownership' | 'certificate'
}

export const hostnames = sqliteTable(
  'hostnames',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    hostname: text('hostname').notNull().unique(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    // A hostname for one branch serves that branch at `/`; without one it serves the brand.
    branchId: text('branch_id').references(() => branches.id),
    status: text('status', { enum: HOSTNAME_STATUSES }).notNull().default('pending'),
    // The `www` twin (or the apex) registered alongside; it answers 301 to this canonical one.
    redirectTo: text('redirect_to'),
    // Cloudflare for SaaS custom hostname id, and what it last said.
    cloudflareId: text('cloudflare_id'),
    sslStatus: text('ssl_status'),
    records: text('records', { mode: 'json' }).$type<DnsRecord[]>(),
    lastError: text('last_error'),
    checkedAt: integer('checked_at', { mode: 'timestamp_ms' }),
    activatedAt: integer('activated_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('hostnames_tenant').on(t.tenantId), index('hostnames_status').on(t.status, t.checkedAt)],
)
