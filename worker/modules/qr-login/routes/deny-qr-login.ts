import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser } from '../../auth/index.ts'
import { QrLogin, QrLoginParams, toQrLogin } from '../qr-login.schemas.ts'
import { decideQrLogin } from '../qr-login.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/qr-logins/{loginId}/deny',
  tags: ['Auth'],
  summary: 'Refuse a QR sign-in',
  description: 'Tells the browser that showed the code that nobody will sign it in. Final.',
  middleware: [authenticate, requireUser] as const,
  request: { params: QrLoginParams },
  responses: {
    200: jsonResponse(QrLogin, 'Denied'),
    409: problemDoc('Already approved or denied'),
    410: problemDoc('Expired'),
    ...errorResponses,
  },
})

export const denyQrLogin = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(toQrLogin(await decideQrLogin(tenantCtx(c), c.req.valid('param').loginId, 'deny')), 200),
})
