// Who is on the scope's pages right now, from the tenant hub (the pipeline notes each visitor).
import { LIVE_WINDOW_MS } from '../../../../durable-objects/tenant-hub/live-visitors.ts'
import type { TenantCtx } from '../../../context.ts'
import { hubFor } from '../../notifications/tenant-hub.ts'
import type { Live } from '../analytics.schemas.ts'
import type { AnalyticsScope } from './scope.ts'

export async function getLive(ctx: TenantCtx, scope: AnalyticsScope): Promise<Live> {
  const visitors = scope.keys.length > 0 ? await hubFor(ctx.env, ctx.tenantId).liveVisitors(scope.keys) : 0
  return { visitors, windowSeconds: LIVE_WINDOW_MS / 1000, at: ctx.now().toISOString() }
}
