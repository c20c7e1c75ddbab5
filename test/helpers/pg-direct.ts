// Postgres straight from a Worker test: rows written as the app role under one tenant, for states
// the API would not produce on its own, and rows read as the owner, across the app role's policies.
import { env } from 'cloudflare:test'
import type { SQL } from 'drizzle-orm'
import { inject } from 'vitest'
import { connectPg, type PgTx, withTenant } from '../../worker/lib/pg.ts'

/** Runs `work` in a transaction as the tenant (every branch), on a connection of its own. */
export async function asTenant<T>(tenantId: string, work: (tx: PgTx) => Promise<T>): Promise<T> {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    return await withTenant(pg.db, tenantId, work)
  } finally {
    await pg.close()
  }
}

/** The rows `query` answers, read as the table owner (no row-level security). */
export async function pgRows<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
  const handle = connectPg(inject('pgAdminUrl'))
  try {
    return (await handle.db.execute(query)).rows as T[]
  } finally {
    await handle.close()
  }
}
