import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { MergePreview, MergePreviewQuery } from '../merge.schemas.ts'
import { previewMerge as preview } from '../merge-preview.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/merge-preview',
  tags: ['CRM duplicates'],
  summary: 'What merging some records would keep',
  description:
    'For the merge dialog: every field that any of the records fills, each record’s value (owners, branches and parents by name), the record it is taken from unless another is chosen, and whether the values differ. Nothing is changed.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: MergePreviewQuery },
  responses: { 200: jsonResponse(MergePreview, 'The fields to choose between'), ...errorResponses },
})

export const previewMerge = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { entity, ids } = c.req.valid('query')
    return c.json(MergePreview.parse(await preview(tenantCtx(c), entity, ids)), 200)
  },
})
