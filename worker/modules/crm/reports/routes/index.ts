import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { getActivityReport } from './get-activity-report.ts'
import { getForecastReport } from './get-forecast-report.ts'
import { getGrowthReport } from './get-growth-report.ts'
import { getPipelineReport } from './get-pipeline-report.ts'
import { getReportChoices } from './get-report-choices.ts'
import { getSalesReport } from './get-sales-report.ts'
import { getWinLossReport } from './get-win-loss-report.ts'

export const crmReportRoutes = createRouter<AppEnv>().openapiRoutes([
  getReportChoices,
  getSalesReport,
  getPipelineReport,
  getGrowthReport,
  getActivityReport,
  getWinLossReport,
  getForecastReport,
] as const)
