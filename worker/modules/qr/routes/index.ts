import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { archiveCodeRoute } from './archive-code.ts'
import { getCodeAnalytics } from './code-analytics.ts'
import { createQrBatch } from './create-batch.ts'
import { createCodeRoute } from './create-code.ts'
import { downloadQrBatch } from './download-batch.ts'
import { downloadCode } from './download-code.ts'
import { exportScans } from './export-scans.ts'
import { getQrBatch } from './get-batch.ts'
import { getCodeRoute } from './get-code.ts'
import { listQrBatches } from './list-batches.ts'
import { listCodesRoute } from './list-codes.ts'
import { printSheet } from './print-sheet.ts'
import { getQrAnalyticsRoute } from './qr-analytics.ts'
import { tableTent } from './table-tent.ts'
import { updateCodeRoute } from './update-code.ts'

export const qrRoutes = createRouter<AppEnv>().openapiRoutes([
  listCodesRoute,
  createCodeRoute,
  printSheet,
  getCodeRoute,
  updateCodeRoute,
  archiveCodeRoute,
  downloadCode,
  tableTent,
  getCodeAnalytics,
  getQrAnalyticsRoute,
  exportScans,
  listQrBatches,
  createQrBatch,
  getQrBatch,
  downloadQrBatch,
] as const)
