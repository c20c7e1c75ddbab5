import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import * as repo from './domains.repo.ts'
import type { Domain } from './domains.schemas.ts'
import { hostnames } from './domains.tables.ts'

export const HostTarget = z.object({
  tenantId: z.string(),
  brandId: z.string(),
  branchId: z.string().nullable(),
  /** Set on a www/apex twin: the canonical hostname it answers 301 to. */
  redirectTo: z.string().nullable().default(null),
})
export type HostTarget = z.infer<typeof HostTarget>

const hostKey = (hostname: string) => `host:${hostname}`
const HOST_CACHE_SECONDS = 300

// Per request: the twin redirect and the visitor both ask, and the second asks no one.
const lookups = new WeakMap<Ctx, Map<string, Promise<HostTarget | null>>>()

/**
 * Maps a custom hostname to what it serves: one KV read on the hot path; on a miss, D1 is
 * asked and the answer cached. Only active hostnames are ever cached; unknown and pending
 * ones are not, so a hostname serves the moment it becomes active.
 */
export function resolveHost(ctx: Ctx, hostname: string): Promise<HostTarget | null> {
  const known = lookups.get(ctx) ?? new Map<string, Promise<HostTarget | null>>()
  lookups.set(ctx, known)
  const lookup = known.get(hostname) ?? lookUpHost(ctx, hostname)
  known.set(hostname, lookup)
  return lookup
}

async function lookUpHost(ctx: Ctx, hostname: string): Promise<HostTarget | null> {
  const cached = await ctx.env.SITE_CACHE.get(hostKey(hostname), 'json')
  const parsed = HostTarget.safeParse(cached)
  if (parsed.success) return parsed.data
  const [row] = await ctx.d1
    .select({
      tenantId: hostnames.tenantId,
      brandId: hostnames.brandId,
      branchId: hostnames.branchId,
      redirectTo: hostnames.redirectTo,
    })
    .from(hostnames)
    .where(and(eq(hostnames.hostname, hostname), eq(hostnames.status, 'active')))
    .limit(1)
  if (!row) return null
  ctx.waitUntil(cacheHost(ctx, hostname, row))
  return row
}

/** Writes the host map entry of an active hostname (on activation, or after a miss). */
export const cacheHost = (ctx: Ctx, hostname: string, target: HostTarget) =>
  ctx.env.SITE_CACHE.put(hostKey(hostname), JSON.stringify(target), { expirationTtl: HOST_CACHE_SECONDS })

export const forgetHosts = (ctx: Ctx, names: string[]) =>
  Promise.all(names.map((name) => ctx.env.SITE_CACHE.delete(hostKey(name))))

const iso = (date: Date | null) => date?.toISOString() ?? null

export function toDomain(row: repo.HostnameRow, twin: repo.HostnameRow | null): Domain {
  return {
    id: row.id,
    hostname: row.hostname,
    brandId: row.brandId,
    branchId: row.branchId,
    status: row.status,
    sslStatus: row.sslStatus,
    records: row.records ?? [],
    redirectTo: row.redirectTo,
    lastError: row.lastError,
    checkedAt: iso(row.checkedAt),
    activatedAt: iso(row.activatedAt),
    createdAt: row.createdAt.toISOString(),
    twin: twin ? { id: twin.id, hostname: twin.hostname } : null,
  }
}

/** Every hostname of the tenant, each canonical one followed by its twin. */
export async function listDomains(ctx: TenantCtx): Promise<Domain[]> {
  const rows = await repo.listHostnames(ctx.d1, ctx.tenantId)
  const byName = new Map(rows.map((r) => [r.hostname, r]))
  const twinOf = (row: repo.HostnameRow) =>
    row.redirectTo
      ? (byName.get(row.redirectTo) ?? null)
      : (rows.find((r) => r.redirectTo === row.hostname) ?? null)
  return rows.map((row) => toDomain(row, twinOf(row)))
}

export async function findDomainOrThrow(ctx: TenantCtx, id: string) {
  const found = await repo.findWithTwin(ctx.d1, ctx.tenantId, id)
  if (!found) throw new ApiError('NOT_FOUND', `Domain ${id} not found`)
  return found
}

export async function getDomain(ctx: TenantCtx, id: string): Promise<Domain> {
  const { row, twin } = await findDomainOrThrow(ctx, id)
  return toDomain(row, twin)
}
