import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { MergeBody, MergeResult } from '../merge.schemas.ts'
import { mergeCompanies as merge } from '../merge-companies.ts'

const route = createRoute({
  method: 'post',
  path: '/companies/merge',
  tags: ['CRM duplicates'],
  summary: 'Merge duplicate companies into one',
  description:
    'Like merging contacts: chosen field values, tags together; contact links (a person’s primary company stays their primary), deals, activities, files and subsidiaries move to the primary; the merged companies are deleted for good and the primary’s timeline records the merge. A parent that is one of the merged companies is dropped; one below them answers 409.',
  middleware: [authenticate, requirePermission('crm.delete')] as const,
  request: { body: jsonBody(MergeBody) },
  responses: {
    200: jsonResponse(MergeResult, 'The companies are one'),
    409: problemDoc('The parent chosen would put the company under itself'),
    ...errorResponses,
  },
})

export const mergeCompanies = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(MergeResult.parse(await merge(tenantCtx(c), c.req.valid('json'))), 200),
})
