import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { SearchQuery, SearchResults } from '../search.schemas.ts'
import { searchCrm as search } from '../search.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/search',
  tags: ['CRM search'],
  summary: 'Search contacts, companies, deals and notes',
  description:
    'One query across the records you may see (your branches only, deleted records never). Contacts match by name (typos forgiven: "Jonh Smyth" finds John Smith), e-mail address, or three or more digits of their phone number ("412 345" finds +61412345678); companies by name, domain or industry; deals by name; notes, tasks, calls and meetings by their words. Each kind is ranked exact, then prefix, then full text, then similarity, and each result carries the matched stretches of its text as `highlights` (offsets, not HTML).',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: SearchQuery },
  responses: { 200: jsonResponse(SearchResults, 'The best matches of each kind'), ...errorResponses },
})

export const searchCrm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(SearchResults.parse(await search(tenantCtx(c), c.req.valid('query'))), 200),
})
