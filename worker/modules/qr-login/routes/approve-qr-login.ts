import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser } from '../../auth/index.ts'
import { QrLogin, QrLoginParams, toQrLogin } from '../qr-login.schemas.ts'
import { decideQrLogin } from '../qr-login.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/qr-logins/{loginId}/approve',
  tags: ['Auth'],
  summary: 'Approve a QR sign-in from this phone',
  description:
    'Signs the browser that showed the code in as you, in your current organisation, the moment it collects the approval. Works once; not while impersonating.',
  middleware: [authenticate, requireUser] as const,
  request: { params: QrLoginParams },
  responses: {
    200: jsonResponse(QrLogin, 'Approved'),
    409: problemDoc('Already approved or denied'),
    410: problemDoc('Expired'),
    ...errorResponses,
  },
})

export const approveQrLogin = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(toQrLogin(await decideQrLogin(tenantCtx(c), c.req.valid('param').loginId, 'approve')), 200),
})
