import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { getBatch as get } from '../batches/batch-queries.ts'
import { QrBatch } from '../qr.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-batches/{qrBatchId}',
  tags: ['QR codes'],
  summary: 'One bulk batch and its progress',
  description:
    'Poll this while a batch is built: `done` counts the codes rendered so far out of `total`; `downloadUrl` appears when the ZIP is ready and disappears when it expires (7 days).',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { params: IdParam('qrBatchId', 'qrb_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(QrBatch, 'The batch'), ...errorResponses },
})

export const getQrBatch = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(QrBatch.parse(await get(tenantCtx(c), c.req.valid('param').qrBatchId)), 200),
})
