import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import {
  ActivityTemplate,
  ActivityTemplateList,
  CreateActivityTemplateBody,
  UpdateActivityTemplateBody,
} from '../templates/templates.schemas.ts'
import * as service from '../templates/templates.service.ts'

const tags = ['CRM activities']
const params = IdParam('activityTemplateId', 'atpl_01JD3Q9W2Z8K5V7M4N6P0R1S2T')

const listRoute = createRoute({
  method: 'get',
  path: '/activity-templates',
  tags,
  summary: 'List activity templates',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(ActivityTemplateList, 'Every template, by name'), ...errorResponses },
})

export const listTemplates = defineOpenAPIRoute<typeof listRoute, AppEnv>({
  route: listRoute,
  handler: async (c) => c.json(await service.listTemplates(tenantCtx(c)), 200),
})

const createRoute_ = createRoute({
  method: 'post',
  path: '/activity-templates',
  tags,
  summary: 'Create an activity template',
  description: 'A routine next step: its kind, subject and text, when it falls due and when to remind.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { body: jsonBody(CreateActivityTemplateBody) },
  responses: { 201: jsonResponse(ActivityTemplate, 'The template'), ...errorResponses },
})

export const createTemplate = defineOpenAPIRoute<typeof createRoute_, AppEnv>({
  route: createRoute_,
  handler: async (c) => c.json(await service.createTemplate(tenantCtx(c), c.req.valid('json')), 201),
})

const updateRoute = createRoute({
  method: 'patch',
  path: '/activity-templates/{activityTemplateId}',
  tags,
  summary: 'Change an activity template',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params, body: jsonBody(UpdateActivityTemplateBody) },
  responses: { 200: jsonResponse(ActivityTemplate, 'The template as it is now'), ...errorResponses },
})

export const updateTemplate = defineOpenAPIRoute<typeof updateRoute, AppEnv>({
  route: updateRoute,
  handler: async (c) =>
    c.json(
      await service.updateTemplate(
        tenantCtx(c),
        c.req.valid('param').activityTemplateId,
        c.req.valid('json'),
      ),
      200,
    ),
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/activity-templates/{activityTemplateId}',
  tags,
  summary: 'Delete an activity template',
  description: 'Activities started from it keep what it filled in.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteTemplate = defineOpenAPIRoute<typeof deleteRoute, AppEnv>({
  route: deleteRoute,
  handler: async (c) => {
    await service.deleteTemplate(tenantCtx(c), c.req.valid('param').activityTemplateId)
    return c.body(null, 204)
  },
})
