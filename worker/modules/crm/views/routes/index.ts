import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createViewRoute } from './create-view.ts'
import { deleteViewRoute } from './delete-view.ts'
import { listViewsRoute } from './list-views.ts'
import { updateViewRoute } from './update-view.ts'

export const crmViewRoutes = createRouter<AppEnv>().openapiRoutes([
  listViewsRoute,
  createViewRoute,
  updateViewRoute,
  deleteViewRoute,
] as const)
