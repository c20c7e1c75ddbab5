import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CODE_PDF_MM } from '../render/pdf/index.ts'
import { MAX_PNG_WIDTH, MIN_PNG_WIDTH } from '../render/png.ts'
import { CODE_FORMATS, DEFAULT_PDF_MM, DEFAULT_PNG_WIDTH, downloadCodeFile } from '../render/render-code.ts'

const query = (name: string) => ({ param: { name, in: 'query' as const } })

const DownloadQuery = z.object({
  format: z
    .enum(CODE_FORMATS)
    .default('svg')
    .openapi({ ...query('format'), example: 'png' }),
  size: z.coerce
    .number()
    .int()
    .min(MIN_PNG_WIDTH)
    .max(MAX_PNG_WIDTH)
    .optional()
    .openapi({
      ...query('size'),
      description: `Pixels wide (PNG; the SVG's nominal width). Default ${DEFAULT_PNG_WIDTH}.`,
      example: 2048,
    }),
  dpi: z.coerce
    .number()
    .int()
    .min(72)
    .max(2400)
    .optional()
    .openapi({
      ...query('dpi'),
      description: 'Recorded in the PNG so print tools place it at this resolution.',
      example: 300,
    }),
  sizeMm: z.coerce
    .number()
    .min(CODE_PDF_MM.min)
    .max(CODE_PDF_MM.max)
    .optional()
    .openapi({
      ...query('sizeMm'),
      description: `PDF page width in millimetres. Default ${DEFAULT_PDF_MM}.`,
      example: 80,
    }),
})

const binary = z.string().openapi({ format: 'binary' })

const route = createRoute({
  method: 'get',
  path: '/qr-codes/{qrCodeId}/download',
  tags: ['QR codes'],
  summary: 'Download a code as SVG, PNG or PDF',
  description:
    'The code in its design as a file named `qr-{label}-{code}.{ext}`: a standalone SVG (logo embedded), a PNG 256 to 4096 pixels wide (with `dpi` recorded for print), or a vector PDF `sizeMm` wide. Every download counts as one render against the plan’s renders per minute (429 with Retry-After beyond it). A logo that can no longer be read (deleted, too large, not PNG/JPEG/GIF) answers 400 with the reason.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: DownloadQuery },
  responses: {
    200: {
      content: {
        'image/svg+xml': { schema: z.string() },
        'image/png': { schema: binary },
        'application/pdf': { schema: binary },
      },
      description: 'The file, as an attachment',
    },
    ...errorResponses,
  },
})

export const downloadCode = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const file = await downloadCodeFile(tenantCtx(c), c.req.valid('param').qrCodeId, c.req.valid('query'))
    return c.body(file.body, 200, {
      ...file.headers,
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
    })
  },
})
