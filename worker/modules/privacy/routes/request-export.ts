import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { Problem } from '../../../lib/errors.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser } from '../../auth/index.ts'
import { requestExport as request } from '../exports.service.ts'
import { DataExport, RequestExportBody } from '../privacy.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/privacy/exports',
  tags: ['Privacy'],
  summary: 'Request a data export',
  description:
    'Queues a ZIP archive of your own data (`user`, anyone signed in) or of the whole organisation (`tenant`, needs `data.export`). Poll the list for progress; a signed download link valid for seven days is e-mailed when it is ready.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(RequestExportBody) },
  responses: {
    202: jsonResponse(DataExport, 'Queued'),
    409: {
      content: { 'application/problem+json': { schema: Problem } },
      description: 'An export of this kind is already being prepared',
    },
    ...errorResponses,
  },
})

export const requestExport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DataExport.parse(await request(tenantCtx(c), c.req.valid('json').scope)), 202),
})
