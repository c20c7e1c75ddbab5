import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { createSession } from './create-session.ts'
import { deleteSession } from './delete-session.ts'
import { getSession } from './get-session.ts'
import { refreshSession } from './refresh-session.ts'

export const authRoutes = createRouter<AppEnv>().openapiRoutes([
  createSession,
  refreshSession,
  getSession,
  deleteSession,
] as const)
