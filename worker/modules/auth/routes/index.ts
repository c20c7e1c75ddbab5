import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { createSession } from './create-session.ts'
import { deleteSession } from './delete-session.ts'
import { getSession } from './get-session.ts'

export const authRoutes = createRouter<AppEnv>().openapiRoutes([
  createSession,
  getSession,
  deleteSession,
] as const)
