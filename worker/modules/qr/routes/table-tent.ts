import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { tableTentFile } from '../render/pdf/print-files.ts'

const TentQuery = z.object({
  paper: z
    .enum(['a4', 'letter'])
    .default('a4')
    .openapi({ param: { name: 'paper', in: 'query' }, example: 'letter' }),
  headline: z
    .string()
    .trim()
    .max(60)
    .optional()
    .openapi({
      param: { name: 'headline', in: 'query' },
      description: 'A line over the code on both faces (any script).',
      example: 'Scan for our menu',
    }),
})

const route = createRoute({
  method: 'get',
  path: '/qr-codes/{qrCodeId}/table-tent',
  tags: ['QR codes'],
  summary: 'Table tent PDF of a code',
  description:
    'One A4 or Letter sheet to fold along the dashed line into a tent that stands on a table: the code (with the optional headline over it and its label under it) on both faces, the top one printed upside down so it reads upright once folded. Counts as one render against the plan’s renders per minute.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: TentQuery },
  responses: {
    200: {
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The PDF, as an attachment',
    },
    ...errorResponses,
  },
})

export const tableTent = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const file = await tableTentFile(tenantCtx(c), c.req.valid('param').qrCodeId, {
      paper: query.paper,
      headline: query.headline || undefined,
    })
    return c.body(file.body, 200, {
      ...file.headers,
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${file.filename}"`,
    })
  },
})
