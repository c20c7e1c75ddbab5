import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { listSites } from './list-sites.ts'
import { publishSiteVersion } from './publish-site-version.ts'

export const siteRoutes = createRouter<AppEnv>().openapiRoutes([listSites, publishSiteVersion] as const)
