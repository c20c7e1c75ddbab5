import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser } from '../../auth/index.ts'
import { QrLogin, QrLoginParams, toQrLogin } from '../qr-login.schemas.ts'
import { getQrLoginOrThrow } from '../qr-login.service.ts'

const route = createRoute({
  method: 'get',
  path: '/auth/qr-logins/{loginId}',
  tags: ['Auth'],
  summary: 'See who asks to be signed in by QR code',
  description:
    'For the signed-in phone that scanned the code: which browser asked, from where, and when. Unknown and expired logins are 404.',
  middleware: [authenticate, requireUser] as const,
  request: { params: QrLoginParams },
  responses: { 200: jsonResponse(QrLogin, 'The QR sign-in'), ...errorResponses },
})

export const getQrLogin = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(toQrLogin(await getQrLoginOrThrow(c.var.ctx, c.req.valid('param').loginId)), 200),
})
