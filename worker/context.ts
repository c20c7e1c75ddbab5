import type { Bindings, Config } from './env.ts'
import { configOf } from './env.ts'
import { type D1Db, d1 } from './lib/d1.ts'
import type { Logger } from './lib/log.ts'
import { connectPg, type PgDb, type PgHandle } from './lib/pg.ts'
import type { Actor } from './modules/auth/permissions.ts'

/** Where a request came from, for sessions and the audit log. Empty for queue and cron work. */
export interface ClientInfo {
  ip: string | null
  userAgent: string | null
  /** "City, CC" from Cloudflare's geolocation, when it has one. */
  location: string | null
}

export const NO_CLIENT: ClientInfo = { ip: null, userAgent: null, location: null }

/** What every service function receives: plain data and clients, no Hono. */
export interface Ctx {
  env: Bindings
  config: Config
  log: Logger
  requestId: string
  d1: D1Db
  /** Opened on first use; closed when the request or batch ends. */
  pg: () => PgDb
  waitUntil: (promise: Promise<unknown>) => void
  now: () => Date
  client: ClientInfo
}

export interface TenantCtx extends Ctx {
  tenantId: string
  actor: Actor
}

export function createCtx(
  env: Bindings,
  execution: { waitUntil(promise: Promise<unknown>): void },
  log: Logger,
  requestId: string,
  client: ClientInfo = NO_CLIENT,
): { ctx: Ctx; dispose: () => void } {
  let handle: PgHandle | undefined
  const ctx: Ctx = {
    env,
    config: configOf(env),
    log,
    requestId,
    d1: d1(env.DB),
    pg: () => {
      handle ??= connectPg(env.HYPERDRIVE.connectionString)
      return handle.db
    },
    waitUntil: (promise) => execution.waitUntil(promise),
    now: () => new Date(),
    client,
  }
  const dispose = () => {
    if (handle) execution.waitUntil(handle.close().catch(() => undefined))
  }
  return { ctx, dispose }
}

export const forTenant = (ctx: Ctx, actor: Actor): TenantCtx => ({ ...ctx, tenantId: actor.tenantId, actor })
