import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { QrCode, UpdateQrCode } from '../qr.schemas.ts'
import { updateCode } from '../qr.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/qr-codes/{qrCodeId}',
  tags: ['QR codes'],
  summary: 'Change a QR code',
  description:
    'Each field given replaces the stored one whole (`design` too); `null` clears a nullable field. The short code and the kind never change, so a printed code keeps working when its target changes.',
  middleware: [authenticate, requirePermission('qr.manage')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), body: jsonBody(UpdateQrCode) },
  responses: { 200: jsonResponse(QrCode, 'The code as saved'), ...errorResponses },
})

export const updateCodeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      QrCode.parse(await updateCode(tenantCtx(c), c.req.valid('param').qrCodeId, c.req.valid('json'))),
      200,
    ),
})
