import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { bulkChange } from './bulk-change.ts'
import { undoChange } from './undo-change.ts'

export const crmBulkRoutes = createRouter<AppEnv>().openapiRoutes([bulkChange, undoChange] as const)
