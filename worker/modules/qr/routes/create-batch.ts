import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CreateQrBatch } from '../batches/batch.schemas.ts'
import { createBatch } from '../batches/create-batch.service.ts'
import { QrBatch } from '../qr.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/qr-batches',
  tags: ['QR codes'],
  summary: 'Generate codes in bulk, into one ZIP',
  description:
    "`source: 'brand'`: a code for every branch of the brand, reusing a branch's existing live microsite code instead of printing a second one. `source: 'csv'`: a code per row of a CSV with the header `label,placement,branch,target_url` (branch: slug or id; target_url: default the branch page; at most 500 rows). Answers 202 at once; poll GET /qr-batches/{qrBatchId} for progress. A CSV with problems is refused whole (400) with one entry per problem in `errors`, its path naming the row (the header is row 1). Counts as one render against the per-minute limit; the plan's limit on dynamic codes is checked for every new code up front.",
  middleware: [authenticate, requirePermission('qr.manage')] as const,
  request: { body: jsonBody(CreateQrBatch) },
  responses: {
    202: jsonResponse(QrBatch, 'Queued'),
    402: problemDoc("The new codes would pass the plan's limit"),
    503: problemDoc('The batch could not be queued; try again'),
    ...errorResponses,
  },
})

export const createQrBatch = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { batch, headers } = await createBatch(tenantCtx(c), c.req.valid('json'))
    return c.json(QrBatch.parse(batch), 202, headers)
  },
})
