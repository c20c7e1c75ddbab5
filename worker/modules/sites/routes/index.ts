import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { createPreviewLink } from './create-preview-link.ts'
import { getSite } from './get-site.ts'
import { listSites } from './list-sites.ts'
import { listTemplates } from './list-templates.ts'
import { listVersions } from './list-versions.ts'
import { previewSite } from './preview-site.ts'
import { publishSite } from './publish-site.ts'
import { publishSiteVersion } from './publish-site-version.ts'
import { restoreVersion } from './restore-version.ts'
import { revokePreviewLink } from './revoke-preview-link.ts'
import { saveDraft } from './save-draft.ts'
import { switchTemplate } from './switch-template.ts'
import { unpublishSite } from './unpublish-site.ts'

export const siteRoutes = createRouter<AppEnv>().openapiRoutes([
  listTemplates,
  listSites,
  getSite,
  saveDraft,
  switchTemplate,
  publishSite,
  unpublishSite,
  listVersions,
  publishSiteVersion,
  restoreVersion,
  previewSite,
  createPreviewLink,
  revokePreviewLink,
] as const)
