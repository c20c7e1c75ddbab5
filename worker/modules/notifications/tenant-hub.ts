import type { TenantEvent } from '../../../durable-objects/tenant-hub/protocol.ts'
import type { RateLimitDecision } from '../../../durable-objects/tenant-hub/rate-limit.ts'
import type { RateLimitRequest, ScanCount } from '../../../durable-objects/tenant-hub/tenant-hub.ts'

/** The tenant's hub: one Durable Object per tenant, addressed by tenant id. */
export const hubFor = (env: Env, tenantId: string) => env.TENANT_HUB.get(env.TENANT_HUB.idFromName(tenantId))

export async function publishTenantEvent(env: Env, tenantId: string, event: TenantEvent): Promise<number> {
  return hubFor(env, tenantId).publish(event)
}

export async function checkRateLimit(
  env: Env,
  tenantId: string,
  request: RateLimitRequest,
): Promise<RateLimitDecision> {
  return hubFor(env, tenantId).rateLimit(request)
}

/** Counts one scan of a code that has a scan limit; `allowed` is false once the limit is reached. */
export async function countScan(
  env: Env,
  tenantId: string,
  codeId: string,
  limit: number,
): Promise<ScanCount> {
  return hubFor(env, tenantId).countScan(codeId, limit)
}

/** The next member in a round-robin (a routing rule's rotation) among `candidates`. */
export async function nextInRotation(
  env: Env,
  tenantId: string,
  key: string,
  candidates: string[],
): Promise<string> {
  return hubFor(env, tenantId).nextInRotation(key, candidates)
}

/** Drops a user's live sockets in a tenant so they reconnect with their current access. */
export async function disconnectUser(env: Env, tenantId: string, userId: string): Promise<number> {
  return hubFor(env, tenantId).disconnectUser(userId)
}

const PLATFORM_SHARDS = 16

/**
 * Limits that belong to no tenant (sign-in, sign-up, reset, per IP or per account) run on
 * platform hubs, sharded by key so no single object carries every sign-in in the world.
 */
export async function checkPlatformRateLimit(
  env: Env,
  request: RateLimitRequest,
): Promise<RateLimitDecision> {
  let hash = 0
  for (const char of request.key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return hubFor(env, `platform:${hash % PLATFORM_SHARDS}`).rateLimit(request)
}

/** IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers) plus Retry-After when refused. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.allowed ? decision.reset : decision.retryAfter),
    ...(decision.allowed ? {} : { 'Retry-After': String(decision.retryAfter) }),
  }
}
