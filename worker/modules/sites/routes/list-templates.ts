import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { templateSummaries } from '../content/templates.ts'
import { TemplateList } from '../sites.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/templates',
  tags: ['Sites'],
  summary: 'List the site templates',
  description:
    'Each industry template with its look and its sections in page order, for the template pickers.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  responses: { 200: jsonResponse(TemplateList, 'The templates'), ...errorResponses },
})

export const listTemplates = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: (c) => c.json(TemplateList.parse({ data: templateSummaries() }), 200),
})
