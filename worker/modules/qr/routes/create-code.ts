import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CreateQrCode, QrCode } from '../qr.schemas.ts'
import { createCode } from '../qr.service.ts'

const route = createRoute({
  method: 'post',
  path: '/qr-codes',
  tags: ['QR codes'],
  summary: 'Create a QR code',
  description:
    'A dynamic code (the default) encodes a short link `/q/{code}` whose target can change later; static kinds (wifi, vcard, text, sms, email, phone) encode their payload itself. Targets must be public http(s) addresses or name a branch of this organisation. Design fields not given come from the brand’s colours; too little contrast is refused with the reason.',
  middleware: [authenticate, requirePermission('qr.manage')] as const,
  request: { body: jsonBody(CreateQrCode) },
  responses: {
    201: jsonResponse(QrCode, 'The new code'),
    402: problemDoc('The plan’s limit on dynamic codes is reached'),
    ...errorResponses,
  },
})

export const createCodeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    return c.json(QrCode.parse(await createCode(tenantCtx(c), c.req.valid('json'))), 201)
  },
})
