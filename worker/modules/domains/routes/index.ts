import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { checkDomain } from './check-domain.ts'
import { createDomain } from './create-domain.ts'
import { deleteDomain } from './delete-domain.ts'
import { getDomain } from './get-domain.ts'
import { listDomains } from './list-domains.ts'

export const domainRoutes = createRouter<AppEnv>().openapiRoutes([
  listDomains,
  createDomain,
  getDomain,
  checkDomain,
  deleteDomain,
] as const)
