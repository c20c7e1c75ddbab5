import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
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
    'Upgrade to a WebSocket. The server sends JSON messages: `ready`, `pong` and `lead.created` (with the lead). ' +
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
    const headers = new Headers(c.req.raw.headers)
    headers.set('x-vitrine-tenant', c.var.actor.tenantId)
    return hubFor(c.env, c.var.actor.tenantId).fetch(new Request(c.req.url, { headers }))
  },
})
