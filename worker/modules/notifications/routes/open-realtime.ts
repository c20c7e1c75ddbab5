import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import { AUDIENCE_HEADER, type SocketAudience } from '../../../../durable-objects/tenant-hub/audience.ts'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { hubFor } from '../tenant-hub.ts'

const route = createRoute({
  method: 'get',
  path: '/realtime',
  tags: ['Realtime'],
  summary: "Open a WebSocket to the organisation's live events",
  description:
    'Upgrade to a WebSocket. The server sends JSON messages: `ready`, `pong`, `lead.created` (with the lead) and `lead.updated` (the lead as it is now, and what changed), for the branches the member may see. ' +
    'Clients may send `{"type":"ping"}`. Browsers are accepted only from our own origin.',
  middleware: [authenticate, requirePermission('leads.read')] as const,
  responses: {
    101: { description: 'Switching to the WebSocket protocol' },
    426: errorResponses[400],
    ...errorResponses,
  },
})

export const openRealtime = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError('BAD_REQUEST', 'This endpoint only speaks WebSocket: send Upgrade: websocket')
    }
    // Browsers send cookies on cross-site WebSocket handshakes; only our pages may connect.
    const origin = c.req.header('origin')
    if (origin && origin !== new URL(c.req.url).origin && origin !== c.var.config.PUBLIC_ORIGIN) {
      throw new ApiError('FORBIDDEN', 'WebSocket connections from other origins are refused')
    }
    const actor = c.var.actor
    const headers = new Headers(c.req.raw.headers)
    headers.set('x-vitrine-tenant', actor.tenantId)
    // Set, never passed through: the hub trusts this for branch scope.
    const audience: SocketAudience = {
      userId: actor.kind === 'user' ? actor.userId : null,
      branchIds: actor.branchIds,
    }
    headers.set(AUDIENCE_HEADER, JSON.stringify(audience))
    return hubFor(c.env, actor.tenantId).fetch(new Request(c.req.url, { headers }))
  },
})
