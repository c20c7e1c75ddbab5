import type { Ctx, TenantCtx } from '../../context.ts'
import { auditInsert } from '../audit/index.ts'
import { refreshQrRoutes } from '../qr/refresh-routes.ts'
import { purgeHostPages, purgePages } from '../sites/index.ts'
import { deleteCustomHostname } from './cloudflare-client.ts'
import * as repo from './domains.repo.ts'
import { findDomainOrThrow, forgetHosts } from './domains.service.ts'

/**
 * Disconnects a hostname: a canonical one with its twin, a twin on its own. Cloudflare first (a
 * failure there changes nothing here, and a retry finds the already-deleted ones gone), then
 * the rows and the audit record in one batch, then the host map and every cached page.
 */
export async function removeDomain(ctx: TenantCtx, id: string): Promise<void> {
  const { row, twin } = await findDomainOrThrow(ctx, id)
  const removed = row.redirectTo || !twin ? [row] : [row, twin]
  for (const each of removed) {
    if (each.cloudflareId) await deleteCustomHostname(ctx, each.cloudflareId, each.hostname)
  }
  const names = removed.map((r) => r.hostname)
  await ctx.d1.batch([
    repo.deleteHostnames(
      ctx.d1,
      ctx.tenantId,
      removed.map((r) => r.id),
    ),
    auditInsert(ctx, {
      action: 'domain.removed',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'hostname', id: row.id },
      metadata: { hostnames: names },
    }),
  ])
  await forgetHosts(ctx, names)
  const brandSlug = await repo.brandSlugOf(ctx.d1, ctx.tenantId, row.brandId)
  if (brandSlug) await purgePages(ctx, [{ tenantId: ctx.tenantId, brandId: row.brandId, brandSlug }])
  await purgeHostPages(ctx, names)
  await refreshQrRoutes(ctx, { tenantId: ctx.tenantId, brandId: row.brandId })
  ctx.log.info('domain removed', { hostnames: names })
}

/**
 * For a tenant being purged: deletes every Cloudflare registration of its hostnames (already
 * gone counts as done). Throws while Cloudflare fails, so the purge is retried on its next run
 * rather than leaving registrations behind; the caller deletes the rows.
 */
export async function releaseTenantHostnames(ctx: Ctx, tenantId: string): Promise<void> {
  for (const row of await repo.listHostnames(ctx.d1, tenantId)) {
    if (row.cloudflareId) await deleteCustomHostname(ctx, row.cloudflareId, row.hostname)
  }
}
