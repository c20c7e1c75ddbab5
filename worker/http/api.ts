// API surface (/api/v1): session or bearer token; JSON in, JSON or problem+json out.
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'
import { createRouter } from '../lib/router.ts'
import { accountRoutes } from '../modules/account/index.ts'
import { adminRoutes } from '../modules/admin/index.ts'
import {
  analyticsQueryRoutes,
  analyticsReportRoutes,
  analyticsSettingsRoutes,
  attributionRoutes,
  funnelRoutes,
} from '../modules/analytics/index.ts'
import { apiKeyRoutes } from '../modules/api-keys/index.ts'
import { auditRoutes } from '../modules/audit/index.ts'
import { authRoutes } from '../modules/auth/index.ts'
import { brandRoutes } from '../modules/brands/index.ts'
import { contactRoutes } from '../modules/crm/contacts/routes/index.ts'
import {
  activityRoutes,
  attachmentRoutes,
  companyRoutes,
  crmBulkRoutes,
  crmExportRoutes,
  crmFieldRoutes,
  crmImportRoutes,
  crmMergeRoutes,
  crmReportRoutes,
  crmSearchRoutes,
  dealRoutes,
  scoringRoutes,
} from '../modules/crm/index.ts'
import { isCrmUpload, MAX_CRM_UPLOAD_BODY_BYTES } from '../modules/crm/uploads.ts'
import { crmViewRoutes } from '../modules/crm/views/routes/index.ts'
import { deadLetterRoutes } from '../modules/dead-letters/index.ts'
import { domainRoutes } from '../modules/domains/index.ts'
import { leadSourceRoutes } from '../modules/lead-sources/index.ts'
import { formRoutes, leadRoutes, routingRoutes, slaRoutes } from '../modules/leads/index.ts'
import { isMediaUpload, MAX_UPLOAD_BODY_BYTES, mediaRoutes } from '../modules/media/index.ts'
import { mfaRoutes } from '../modules/mfa/index.ts'
import { notificationRoutes } from '../modules/notifications/index.ts'
import { onboardingRoutes } from '../modules/onboarding/index.ts'
import { privacyRoutes } from '../modules/privacy/index.ts'
import { qrRoutes } from '../modules/qr/index.ts'
import { qrLoginRoutes } from '../modules/qr-login/index.ts'
import { isSiteContentWrite, MAX_SITE_CONTENT_BYTES, siteRoutes } from '../modules/sites/index.ts'
import { teamRoutes } from '../modules/team/index.ts'
import { webhookRoutes } from '../modules/webhooks/index.ts'

export const MAX_API_BODY_BYTES = 64 * 1024

const requireJson = createMiddleware<AppEnv>(async (c, next) => {
  const hasBody = c.req.header('content-length') !== '0' && c.req.raw.body !== null
  // Uploads are multipart; their route checks that itself.
  if (
    ['POST', 'PUT', 'PATCH'].includes(c.req.method) &&
    hasBody &&
    !isMediaUpload(c.req.method, c.req.path) &&
    !isCrmUpload(c.req.method, c.req.path)
  ) {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/json') {
      throw new ApiError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the body as JSON with Content-Type: application/json',
      )
    }
  }
  await next()
})

const jsonBodyLimit = bodyLimit({
  maxSize: MAX_API_BODY_BYTES,
  onError: () => {
    throw new ApiError('PAYLOAD_TOO_LARGE', `Request bodies may be at most ${MAX_API_BODY_BYTES / 1024} KB`)
  },
})

const siteContentBodyLimit = bodyLimit({
  maxSize: MAX_SITE_CONTENT_BYTES,
  onError: () => {
    throw new ApiError('PAYLOAD_TOO_LARGE', `Site content may be at most ${MAX_SITE_CONTENT_BYTES / 1024} KB`)
  },
})

const crmUploadBodyLimit = bodyLimit({
  maxSize: MAX_CRM_UPLOAD_BODY_BYTES,
  onError: () => {
    throw new ApiError('PAYLOAD_TOO_LARGE', 'Files may be at most 20 MB (CSV imports 10 MB)')
  },
})

const uploadBodyLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BODY_BYTES,
  onError: () => {
    throw new ApiError('PAYLOAD_TOO_LARGE', 'Uploads may be at most 25 MB (videos; images 5 MB)')
  },
})

export const api = createRouter<AppEnv>()
  .use((c, next) =>
    isMediaUpload(c.req.method, c.req.path)
      ? uploadBodyLimit(c, next)
      : isCrmUpload(c.req.method, c.req.path)
        ? crmUploadBodyLimit(c, next)
        : isSiteContentWrite(c.req.method, c.req.path)
          ? siteContentBodyLimit(c, next)
          : jsonBodyLimit(c, next),
  )
  .use(requireJson)
  .use(async (c, next) => {
    await next()
    c.header('cache-control', 'no-store')
    if (!c.res.headers.has('content-security-policy')) {
      c.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    }
  })
  .route('/', authRoutes)
  .route('/', mfaRoutes)
  .route('/', qrLoginRoutes)
  .route('/', qrRoutes)
  .route('/', accountRoutes)
  .route('/', leadRoutes)
  .route('/', formRoutes)
  .route('/', leadSourceRoutes)
  .route('/', webhookRoutes)
  .route('/', routingRoutes)
  .route('/', slaRoutes)
  .route('/', siteRoutes)
  .route('/', domainRoutes)
  .route('/', brandRoutes)
  .route('/', mediaRoutes)
  .route('/', onboardingRoutes)
  .route('/', teamRoutes)
  .route('/', notificationRoutes)
  .route('/', apiKeyRoutes)
  .route('/', auditRoutes)
  .route('/', privacyRoutes)
  .route('/', adminRoutes)
  .route('/', deadLetterRoutes)
  .route('/', crmFieldRoutes)
  .route('/', companyRoutes)
  .route('/', contactRoutes)
  .route('/', crmViewRoutes)
  .route('/', crmSearchRoutes)
  .route('/', crmMergeRoutes)
  .route('/', crmImportRoutes)
  .route('/', crmExportRoutes)
  .route('/', crmReportRoutes)
  .route('/', crmBulkRoutes)
  .route('/', attachmentRoutes)
  .route('/', scoringRoutes)
  .route('/', dealRoutes)
  .route('/', activityRoutes)
  .route('/', funnelRoutes)
  .route('/', attributionRoutes)
  .route('/', analyticsQueryRoutes)
  .route('/', analyticsReportRoutes)
  .route('/', analyticsSettingsRoutes)
