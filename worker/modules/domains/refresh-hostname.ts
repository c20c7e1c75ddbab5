import type { Ctx } from '../../context.ts'
import { recordAudit } from '../audit/index.ts'
import { refreshQrRoutes } from '../qr/refresh-routes.ts'
import { purgePages } from '../sites/index.ts'
import { getCustomHostname } from './cloudflare-client.ts'
import { GONE_FROM_CLOUDFLARE, stateOf } from './domain-status.ts'
import * as repo from './domains.repo.ts'
import { cacheHost, forgetHosts } from './domains.service.ts'

export type RefreshOutcome = 'activated' | 'active' | 'pending' | 'failed' | 'deactivated'

/**
 * Asks Cloudflare where a hostname stands and records the answer. The first time it is active,
 * it enters the host map, the brand's cached pages go (their canonical URL is now this
 * hostname), and the audit log says so; a hostname that stops being active leaves the map.
 * Cloudflare errors propagate (502/503); the row is left as it was.
 */
export async function refreshHostname(ctx: Ctx, row: repo.HostnameRow): Promise<RefreshOutcome> {
  const now = ctx.now()
  const cf = row.cloudflareId ? await getCustomHostname(ctx, row.cloudflareId, row.hostname) : null
  const state = cf
    ? stateOf(cf, row, ctx.config.CUSTOM_HOSTNAME_TARGET)
    : {
        status: 'failed' as const,
        sslStatus: null,
        records: row.records ?? [],
        lastError: GONE_FROM_CLOUDFLARE,
      }

  if (state.status === 'active' && row.status !== 'active') {
    const activated = await repo.activate(ctx.d1, row, {
      ...state,
      checkedAt: now,
      activatedAt: row.activatedAt ?? now,
    })
    if (!activated) return 'active'
    await onActivated(ctx, row)
    return 'activated'
  }
  await repo.updateHostname(ctx.d1, row, { ...state, checkedAt: now })
  if (row.status === 'active' && state.status !== 'active') {
    await onDeactivated(ctx, row)
    return 'deactivated'
  }
  return state.status
}

async function purgeBrand(ctx: Ctx, row: repo.HostnameRow) {
  const brandSlug = await repo.brandSlugOf(ctx.d1, row.tenantId, row.brandId)
  if (brandSlug) await purgePages(ctx, [{ tenantId: row.tenantId, brandId: row.brandId, brandSlug }])
  // The brand's canonical addresses moved to (or off) its own hostname; so do its codes' destinations.
  await refreshQrRoutes(ctx, { tenantId: row.tenantId, brandId: row.brandId })
}

async function onActivated(ctx: Ctx, row: repo.HostnameRow) {
  const { tenantId, brandId, branchId, redirectTo } = row
  await cacheHost(ctx, row.hostname, { tenantId, brandId, branchId, redirectTo })
  // A twin only redirects; the brand's canonical URLs change when its canonical hostname goes live.
  if (!redirectTo) await purgeBrand(ctx, row)
  await recordAudit(ctx, {
    action: 'domain.activated',
    tenantId,
    actor: { kind: 'system' },
    target: { type: 'hostname', id: row.id },
    metadata: { hostname: row.hostname, redirectTo },
  })
  ctx.log.info('domain activated', { hostname: row.hostname })
}

async function onDeactivated(ctx: Ctx, row: repo.HostnameRow) {
  await forgetHosts(ctx, [row.hostname])
  await purgeBrand(ctx, row)
  ctx.log.warn('domain no longer active', { hostname: row.hostname })
}
