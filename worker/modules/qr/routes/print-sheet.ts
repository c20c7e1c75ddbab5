import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { PER_PAGE } from '../render/pdf/paper.ts'
import { printSheetFile } from '../render/pdf/print-files.ts'

const PrintSheetBody = z
  .strictObject({
    qrCodeIds: z
      .array(z.string().regex(/^qrc_[0-9A-Z]{26}$/, 'Not a qrc_ id'))
      .min(1, 'Pick at least one code')
      .max(500, 'At most 500 codes per sheet'),
    paper: z.enum(['a4', 'letter']).default('a4'),
    perPage: z.literal(PER_PAGE).default(12),
    cutMarks: z.boolean().default(true),
    labels: z.boolean().default(true),
  })
  .openapi('QrPrintSheetRequest', {
    example: {
      qrCodeIds: ['qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'],
      paper: 'a4',
      perPage: 12,
      cutMarks: true,
      labels: true,
    },
  })

const route = createRoute({
  method: 'post',
  path: '/qr-codes/print-sheet',
  tags: ['QR codes'],
  summary: 'Print sheet PDF of several codes',
  description:
    'The codes in the order given, `perPage` (1, 2, 4, 6, 8, 12 or 20) to an A4 or Letter page, as vector PDF: each code over its label and "branch · placement", cut marks along the cells, page numbers at the foot. An id that is unknown, archived or outside the actor’s branches answers 404. Counts as one render against the plan’s renders per minute.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { body: jsonBody(PrintSheetBody) },
  responses: {
    200: {
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The PDF, as an attachment',
    },
    ...errorResponses,
  },
})

export const printSheet = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const file = await printSheetFile(tenantCtx(c), c.req.valid('json'))
    return c.body(file.body, 200, {
      ...file.headers,
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${file.filename}"`,
    })
  },
})
