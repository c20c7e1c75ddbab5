import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { QrCodeList } from '../qr.schemas.ts'
import { listCodes } from '../qr.service.ts'
import { QR_KINDS, QR_STATUSES } from '../qr.tables.ts'

export const ListQrCodesQuery = z.object({
  brandId: z.string().max(64).optional(),
  branchId: z.string().max(64).optional(),
  kind: z.enum(QR_KINDS).optional(),
  status: z.enum(QR_STATUSES).optional(),
  q: z.string().trim().min(1).max(100).optional().openapi({ description: 'Part of the label or placement' }),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

const route = createRoute({
  method: 'get',
  path: '/qr-codes',
  tags: ['QR codes'],
  summary: 'List QR codes',
  description:
    'Newest first, `limit` per page; pass `nextCursor` back as `cursor` for the next. Members limited to some branches see only their branches’ codes. Archived codes are left out.',
  middleware: [authenticate, requirePermission('qr.read')] as const,
  request: { query: ListQrCodesQuery },
  responses: { 200: jsonResponse(QrCodeList, 'A page of codes'), ...errorResponses },
})

export const listCodesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(QrCodeList.parse(await listCodes(tenantCtx(c), c.req.valid('query'))), 200),
})
