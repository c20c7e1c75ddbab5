import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { archiveFieldRoute } from './archive-field.ts'
import { createFieldRoute } from './create-field.ts'
import { listFieldsRoute } from './list-fields.ts'
import { updateFieldRoute } from './update-field.ts'

export const crmFieldRoutes = createRouter<AppEnv>().openapiRoutes([
  listFieldsRoute,
  createFieldRoute,
  updateFieldRoute,
  archiveFieldRoute,
] as const)
