import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { Pool } from 'pg'
import * as cloudflareSockets from 'pg-cloudflare'

export type PgDb = ReturnType<typeof drizzle>
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0]

/** A pool for one request or one queue batch; `close` belongs in waitUntil. */
export interface PgHandle {
  db: PgDb
  close(): Promise<void>
}

// Empty outside workerd (the package's default export condition), so Node keeps pg's own sockets.
const { CloudflareSocket } = cloudflareSockets as {
  CloudflareSocket?: new (ssl: boolean) => import('node:stream').Duplex
}

export function connectPg(connectionString: string): PgHandle {
  // Hyperdrive pools for us; a few sockets per invocation is plenty.
  const pool = new Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 5000,
    // Under workerd pg needs Cloudflare's socket; pg looks it up with require(), which only a
    // bundler that honours the `workerd` condition resolves. Handing it over works everywhere.
    ...(CloudflareSocket ? { stream: () => new CloudflareSocket(false) } : {}),
  })
  // A dropped idle socket is replaced on next use; without a listener it would crash the isolate.
  pool.on('error', () => {})
  return { db: drizzle({ client: pool }), close: () => pool.end() }
}

/**
 * Runs `fn` in a transaction scoped to one tenant: the role drops to `vitrine_app` (so row
 * level security applies even on a superuser connection, as PGlite has) and `app.tenant_id`
 * is set for this transaction only. Queries still name tenant_id in their WHERE clauses.
 * `branchIds` narrows CRM rows to a branch-scoped member's branches in the database policy
 * itself; null (the default: jobs, owners, API keys) means every branch.
 */
export async function withTenant<T>(
  db: PgDb,
  tenantId: string,
  fn: (tx: PgTx) => Promise<T>,
  branchIds: readonly string[] | null = null,
): Promise<T> {
  if (!tenantId) throw new Error('withTenant needs a tenant id')
  if (branchIds?.some((id) => id.includes(','))) throw new Error('branch ids cannot hold commas')
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role vitrine_app`)
    await tx.execute(
      sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('app.branch_ids', ${branchIds === null ? '*' : branchIds.join(',')}, true)`,
    )
    return fn(tx)
  })
}
