import type { Ctx } from '../../../context.ts'
import type { PageData, Placement } from '../render/page-model.ts'
import { PLATFORM_HOST_KEY } from '../site-cache.ts'
import type { HostScope } from './visitor-path.ts'

export const hostKeyOf = (scope: HostScope) =>
  scope.kind === 'platform' ? PLATFORM_HOST_KEY : scope.hostname

export const originOf = (ctx: Ctx, scope: HostScope) =>
  scope.kind === 'platform' ? ctx.config.PUBLIC_ORIGIN : `https://${scope.hostname}`

/** Where this branch's pages live on the host that was asked. */
export function placementOf(ctx: Ctx, scope: HostScope, data: Pick<PageData, 'brand' | 'branch'>): Placement {
  const branchPath =
    scope.kind === 'platform'
      ? `/${data.brand.slug}/${data.branch.slug}`
      : scope.target.branchId
        ? ''
        : `/${data.branch.slug}`
  return {
    hostKey: hostKeyOf(scope),
    origin: originOf(ctx, scope),
    branchPath,
    publicOrigin: ctx.config.PUBLIC_ORIGIN,
  }
}
