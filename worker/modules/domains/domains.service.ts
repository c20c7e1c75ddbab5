import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Ctx } from '../../context.ts'
import { hostnames } from './domains.tables.ts'

export const HostTarget = z.object({
  tenantId: z.string(),
  brandId: z.string(),
  branchId: z.string().nullable(),
})
export type HostTarget = z.infer<typeof HostTarget>

const hostKey = (hostname: string) => `host:${hostname}`
const HOST_CACHE_SECONDS = 300

/**
 * Maps a custom hostname to what it serves: one KV read on the hot path; on a miss, D1 is
 * asked and the answer cached. Unknown hosts are not cached, so a newly verified hostname
 * serves at once.
 */
export async function resolveHost(ctx: Ctx, hostname: string): Promise<HostTarget | null> {
  const cached = await ctx.env.SITE_CACHE.get(hostKey(hostname), 'json')
  const parsed = HostTarget.safeParse(cached)
  if (parsed.success) return parsed.data
  const [row] = await ctx.d1
    .select({ tenantId: hostnames.tenantId, brandId: hostnames.brandId, branchId: hostnames.branchId })
    .from(hostnames)
    .where(and(eq(hostnames.hostname, hostname), eq(hostnames.status, 'active')))
    .limit(1)
  if (!row) return null
  ctx.waitUntil(
    ctx.env.SITE_CACHE.put(hostKey(hostname), JSON.stringify(row), { expirationTtl: HOST_CACHE_SECONDS }),
  )
  return row
}
