import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { QrCode } from '../qr.schemas.ts'
import { getCode } from '../qr.service.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-codes/{qrCodeId}',
  tags: ['QR codes'],
  summary: 'One QR code',
  description:
    'With what it encodes, where a scan goes right now (`targetUrl`), its state and its scan count.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(QrCode, 'The code'), ...errorResponses },
})

export const getCodeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(QrCode.parse(await getCode(tenantCtx(c), c.req.valid('param').qrCodeId)), 200),
})
