import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { AutocompleteQuery, AutocompleteResults } from '../search.schemas.ts'
import { autocompleteCrm as autocomplete } from '../search.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/autocomplete',
  tags: ['CRM search'],
  summary: 'Suggest contacts, companies and deals as one types',
  description:
    'The eight best contacts, companies and deals for a partly typed query: every word as a prefix ("jo sm" finds John Smith), similar words for typos, part of an e-mail address, or three or more digits of a phone number. Same visibility and highlights as `/crm/search`.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: AutocompleteQuery },
  responses: {
    200: jsonResponse(AutocompleteResults, 'Up to eight suggestions, best first'),
    ...errorResponses,
  },
})

export const autocompleteCrm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(AutocompleteResults.parse(await autocomplete(tenantCtx(c), c.req.valid('query').q)), 200),
})
