import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { archiveCode } from '../qr.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/qr-codes/{qrCodeId}',
  tags: ['QR codes'],
  summary: 'Archive a QR code',
  description:
    'The code leaves the dashboard and no longer counts against the plan; its short link answers 410 Gone (the code is never reused) and its scan history stays in analytics.',
  middleware: [authenticate, requirePermission('qr.manage')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Archived' }, ...errorResponses },
})

export const archiveCodeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await archiveCode(tenantCtx(c), c.req.valid('param').qrCodeId)
    return c.body(null, 204)
  },
})
