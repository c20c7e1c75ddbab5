import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createFunnel } from './create-funnel.ts'
import { deleteFunnel } from './delete-funnel.ts'
import { getFunnel } from './get-funnel.ts'
import { getFunnelReport } from './get-funnel-report.ts'
import { listFunnels } from './list-funnels.ts'
import { updateFunnel } from './update-funnel.ts'

export const funnelRoutes = createRouter<AppEnv>().openapiRoutes([
  listFunnels,
  createFunnel,
  getFunnel,
  updateFunnel,
  deleteFunnel,
  getFunnelReport,
] as const)
