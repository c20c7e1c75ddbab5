import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { openBatchDownload } from '../batches/batch-queries.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-batches/{qrBatchId}/download',
  tags: ['QR codes'],
  summary: 'Download a finished batch as a ZIP',
  description:
    'A folder per format (svg/, png/, pdf/), print-sheet.pdf and table-tents.pdf when they were asked for, and codes.csv (label, placement, branch, short URL).',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { params: IdParam('qrBatchId', 'qrb_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: {
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The ZIP archive',
    },
    409: problemDoc('The batch is still being built, or failed'),
    410: problemDoc('The ZIP has expired'),
    ...errorResponses,
  },
})

export const downloadQrBatch = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const download = await openBatchDownload(tenantCtx(c), c.req.valid('param').qrBatchId)
    return c.body(download.body, 200, {
      'content-type': 'application/zip',
      'content-length': String(download.size),
      'content-disposition': `attachment; filename="${download.filename}"`,
    })
  },
})
