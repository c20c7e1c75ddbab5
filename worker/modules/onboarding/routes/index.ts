import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { getOnboarding } from './get-onboarding.ts'

export const onboardingRoutes = createRouter<AppEnv>().openapiRoutes([getOnboarding] as const)
