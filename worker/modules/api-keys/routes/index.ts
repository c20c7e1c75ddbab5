import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { createApiKey } from './create-api-key.ts'
import { listApiKeys } from './list-api-keys.ts'
import { revokeApiKey } from './revoke-api-key.ts'

export const apiKeyRoutes = createRouter<AppEnv>().openapiRoutes([
  createApiKey,
  listApiKeys,
  revokeApiKey,
] as const)
