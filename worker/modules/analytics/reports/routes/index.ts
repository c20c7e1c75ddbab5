import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createReportRoute } from './create-report.ts'
import { deleteReportRoute } from './delete-report.ts'
import { listReportsRoute } from './list-reports.ts'
import { sendReportRoute } from './send-report.ts'
import { updateReportRoute } from './update-report.ts'

export const analyticsReportRoutes = createRouter<AppEnv>().openapiRoutes([
  listReportsRoute,
  createReportRoute,
  updateReportRoute,
  deleteReportRoute,
  sendReportRoute,
] as const)
