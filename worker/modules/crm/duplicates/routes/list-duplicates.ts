import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { DuplicateList, ListDuplicatesQuery } from '../duplicates.schemas.ts'
import { listDuplicates as list } from '../duplicates.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/duplicates',
  tags: ['CRM duplicates'],
  summary: 'List likely duplicate contacts or companies',
  description:
    "Pairs of records you may see that are probably one person or one company, most certain first, each with its reasons: the same e-mail address (main or further ones, any case), the same phone number (last nine digits), similar names (more than 60% alike) at the same primary company; for companies the same domain or website host, the same phone, or similar names. An identifier shared by more than ten records (a switchboard) is not a clue, and names are compared within groups of at most 200 (one company's people; companies whose names start alike).",
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListDuplicatesQuery },
  responses: { 200: jsonResponse(DuplicateList, 'A page of likely duplicates'), ...errorResponses },
})

export const listDuplicates = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DuplicateList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
