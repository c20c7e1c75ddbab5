import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { autocompleteCrm } from './autocomplete-crm.ts'
import { searchCrm } from './search-crm.ts'

export const crmSearchRoutes = createRouter<AppEnv>().openapiRoutes([searchCrm, autocompleteCrm] as const)
