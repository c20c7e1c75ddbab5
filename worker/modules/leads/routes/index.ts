import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { listLeads } from './list-leads.ts'

export const leadRoutes = createRouter<AppEnv>().openapiRoutes([listLeads] as const)
