import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { deleteMediaRoute } from './delete-media.ts'
import { getMediaRoute } from './get-media.ts'
import { listMediaRoute } from './list-media.ts'
import { uploadMediaRoute } from './upload-media.ts'

export const mediaRoutes = createRouter<AppEnv>().openapiRoutes([
  uploadMediaRoute,
  listMediaRoute,
  getMediaRoute,
  deleteMediaRoute,
] as const)
