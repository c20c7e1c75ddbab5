import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { impersonateTenant } from './impersonate-tenant.ts'
import { listTenants } from './list-tenants.ts'
import { reactivateTenant } from './reactivate-tenant.ts'
import { restoreTenant } from './restore-tenant.ts'
import { suspendTenant } from './suspend-tenant.ts'

export const adminRoutes = createRouter<AppEnv>().openapiRoutes([
  listTenants,
  suspendTenant,
  reactivateTenant,
  restoreTenant,
  impersonateTenant,
] as const)
