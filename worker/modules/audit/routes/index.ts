import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { exportAuditEvents } from './export-audit-events.ts'
import { listAuditEvents } from './list-audit-events.ts'

export const auditRoutes = createRouter<AppEnv>().openapiRoutes([exportAuditEvents, listAuditEvents] as const)
