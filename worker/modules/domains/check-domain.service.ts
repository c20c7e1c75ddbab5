import type { TenantCtx } from '../../context.ts'
import type { Domain } from './domains.schemas.ts'
import { findDomainOrThrow, getDomain } from './domains.service.ts'
import { refreshHostname } from './refresh-hostname.ts'

/** "Check now": asks Cloudflare about the hostname and its twin at once, instead of waiting for the cron. */
export async function checkDomain(ctx: TenantCtx, id: string): Promise<Domain> {
  const { row, twin } = await findDomainOrThrow(ctx, id)
  for (const each of twin ? [row, twin] : [row]) await refreshHostname(ctx, each)
  return getDomain(ctx, id)
}
