import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'

export type PgDb = ReturnType<typeof drizzle>
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0]

/** A pool for one request or one queue batch; `close` belongs in waitUntil. */
export interface PgHandle {
  db: PgDb
  close(): Promise<void>
}

export function connectPg(connectionString: string): PgHandle {
  // Hyperdrive pools for us; a few sockets per invocation is plenty.
  const client = postgres(connectionString, {
    max: 4,
    fetch_types: false,
    connect_timeout: 5,
    idle_timeout: 5,
  })
  return { db: drizzle(client), close: () => client.end({ timeout: 2 }) }
}

/**
 * Runs `fn` in a transaction scoped to one tenant: the role drops to `vitrine_app` (so row
 * level security applies even on a superuser connection, as PGlite has) and `app.tenant_id`
 * is set for this transaction only. Queries still name tenant_id in their WHERE clauses.
 */
export async function withTenant<T>(db: PgDb, tenantId: string, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  if (!tenantId) throw new Error('withTenant needs a tenant id')
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role vitrine_app`)
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`)
    return fn(tx)
  })
}
