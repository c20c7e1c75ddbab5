import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { deleteTenant } from './delete-tenant.ts'
import { downloadExport } from './download-export.ts'
import { listExports } from './list-exports.ts'
import { requestExport } from './request-export.ts'

export const privacyRoutes = createRouter<AppEnv>().openapiRoutes([
  requestExport,
  listExports,
  downloadExport,
  deleteTenant,
] as const)
