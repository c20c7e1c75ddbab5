import { sql } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'

export interface Check {
  ok: boolean
  ms: number
  error?: string
}

const TIMEOUT_MS = 3000

/** The innermost cause is the useful part: drizzle wraps driver errors in 'Failed query'. */
const messageOf = (error: unknown): string =>
  error instanceof Error ? (error.cause ? messageOf(error.cause) : error.message) : 'failed'

async function timed(run: () => Promise<unknown>): Promise<Check> {
  const started = Date.now()
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS),
      ),
    ])
    return { ok: true, ms: Date.now() - started }
  } catch (error) {
    // Only the error's message: connection errors can carry hostnames, never credentials.
    return { ok: false, ms: Date.now() - started, error: messageOf(error) }
  }
}

/**
 * Probes every store the platform depends on. Queues have no read API, so a queue counts as
 * healthy when its producer binding is present; sending a probe would pollute real traffic.
 */
export async function checkHealth(ctx: Ctx) {
  const [d1, kv, r2, postgres] = await Promise.all([
    timed(() => ctx.env.DB.prepare('select 1').first()),
    timed(() => ctx.env.SITE_CACHE.get('health:probe')),
    timed(() => ctx.env.MEDIA.head('health/probe')),
    timed(() => ctx.pg().execute(sql`select 1`)),
  ])
  const queue = (binding: Queue | undefined): Check => ({ ok: typeof binding?.send === 'function', ms: 0 })
  const checks = {
    d1,
    kv,
    r2,
    postgres,
    queues: {
      leads: queue(ctx.env.LEADS_QUEUE),
      email: queue(ctx.env.EMAIL_QUEUE),
      events: queue(ctx.env.EVENTS_QUEUE),
    },
  }
  const ok = d1.ok && kv.ok && r2.ok && postgres.ok && Object.values(checks.queues).every((q) => q.ok)
  return { status: ok ? ('ok' as const) : ('degraded' as const), checks }
}
