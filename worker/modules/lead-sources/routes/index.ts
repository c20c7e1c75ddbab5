import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { archiveSourceRoute } from './archive-source.ts'
import { createSourceRoute } from './create-source.ts'
import { getSourceRoute } from './get-source.ts'
import { listDeliveriesRoute } from './list-deliveries.ts'
import { listSourcesRoute } from './list-sources.ts'
import { rotateSecretRoute } from './rotate-secret.ts'
import { updateSourceRoute } from './update-source.ts'

export const leadSourceRoutes = createRouter<AppEnv>().openapiRoutes([
  listSourcesRoute,
  createSourceRoute,
  getSourceRoute,
  updateSourceRoute,
  archiveSourceRoute,
  rotateSecretRoute,
  listDeliveriesRoute,
] as const)
