import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listBatches as list } from '../batches/batch-queries.ts'
import { QrBatch } from '../qr.schemas.ts'

const QrBatchList = z.object({ data: z.array(QrBatch) }).openapi('QrBatchList')

const route = createRoute({
  method: 'get',
  path: '/qr-batches',
  tags: ['QR codes'],
  summary: 'Bulk batches, newest first',
  description:
    'The latest 50 bulk batches you may see (members limited to some branches see batches of their branches only), with progress while they are built.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  responses: { 200: jsonResponse(QrBatchList, 'Recent batches'), ...errorResponses },
})

export const listQrBatches = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(QrBatchList.parse({ data: await list(tenantCtx(c)) }), 200),
})
