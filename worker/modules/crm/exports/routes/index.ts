import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { exportCrm } from './export-crm.ts'

export const crmExportRoutes = createRouter<AppEnv>().openapiRoutes([exportCrm] as const)
