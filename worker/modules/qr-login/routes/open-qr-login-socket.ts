import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses } from '../../../lib/router.ts'
import { browserSecretOf } from '../qr-login.cookies.ts'
import { QrLoginParams } from '../qr-login.schemas.ts'
import { connectQrLoginSocket } from '../qr-login.service.ts'

const route = createRoute({
  method: 'get',
  path: '/auth/qr-logins/{loginId}/socket',
  tags: ['Auth'],
  summary: 'Wait for the phone’s answer over a WebSocket',
  description:
    'Upgrade to a WebSocket from the browser that started the QR sign-in (its `vitrine_qr` cookie) on our own origin. ' +
    'The server sends `waiting` (with `expiresAt`) and then one of `approved`, `denied`, `expired` or `consumed`, after which it closes. ' +
    'Clients may send `{"type":"ping"}`.',
  request: { params: QrLoginParams },
  responses: {
    101: { description: 'Switching to the WebSocket protocol' },
    ...errorResponses,
  },
})

export const openQrLoginSocket = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError('BAD_REQUEST', 'This endpoint only speaks WebSocket: send Upgrade: websocket')
    }
    // The cookie rides on any handshake the browser makes, so only our own pages may open one.
    const origin = c.req.header('origin')
    if (origin !== new URL(c.req.url).origin && origin !== c.var.config.PUBLIC_ORIGIN) {
      throw new ApiError('FORBIDDEN', 'WebSocket connections are accepted only from Vitrine’s own pages')
    }
    const { loginId } = c.req.valid('param')
    return connectQrLoginSocket(c.var.ctx, loginId, browserSecretOf(c), c.req.raw)
  },
})
