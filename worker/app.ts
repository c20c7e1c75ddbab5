import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env.ts'
import { api } from './http/api.ts'
import { renderDocsPage } from './http/docs-page.tsx'
import { handleError } from './http/errors.ts'
import { requestContext } from './http/request-context.ts'
import { serveSpa } from './http/spa.ts'
import { customHostVisitor, platformVisitor, visitorNotFound } from './http/visitor.ts'
import { ApiError, problemResponse } from './lib/errors.ts'
import { createRouter } from './lib/router.ts'
import { serveAttachment } from './modules/crm/index.ts'
import { getHealth } from './modules/health/index.ts'
import { leadHooks } from './modules/lead-sources/index.ts'
import { serveMedia } from './modules/media/index.ts'
import { qrRedirect } from './modules/qr/index.ts'
import { previewPage } from './modules/sites/index.ts'

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Vitrine',
    version: '1.0.0',
    description: 'Microsites, dynamic QR codes and a CRM for businesses with many branches.',
  },
}

// Each surface sets its own Content-Security-Policy; these are the headers every response shares.
// A handler may set one of them itself (the builder's framed draft preview allows SAMEORIGIN).
const baseHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: undefined,
    crossOriginEmbedderPolicy: false,
    xFrameOptions: 'DENY',
    overwrite: false,
  })

/** Our own host: the dashboard, the API and its docs, health, and /{brand}/{branch} microsites. */
export function createPlatformApp() {
  const app = createRouter<AppEnv>()
  app.use(requestContext).use(baseHeaders())
  app.onError(handleError)

  app.openapiRoutes([getHealth] as const)
  app.route('/api/v1', api)
  app.use('/api/openapi.json', cors({ origin: '*', allowMethods: ['GET'] }))
  app.doc31('/api/openapi.json', OPENAPI_INFO)
  app.get('/api/docs', async (c) => {
    const { html, csp } = await renderDocsPage(
      app.getOpenAPI31Document(OPENAPI_INFO) as Parameters<typeof renderDocsPage>[0],
    )
    return c.html(html, 200, { 'content-security-policy': csp })
  })
  app.all('/api/*', (c) =>
    problemResponse(
      new ApiError('NOT_FOUND', `No API route ${c.req.method} ${new URL(c.req.url).pathname}`),
      c.var.requestId,
    ),
  )

  app.route('/hooks', leadHooks)
  app.all('/hooks/*', (c) =>
    problemResponse(new ApiError('NOT_FOUND', 'No webhook at this address'), c.var.requestId),
  )

  app.get('/', (c) => c.redirect('/app/', 302))
  app.get('/app', (c) => c.redirect('/app/', 301))
  app.get('/app/*', serveSpa)
  app.get('/media/:tenantId/:file', serveMedia)
  // Signed, five-minute links to CRM attachments (crm/files/file-links.ts); our host only.
  app.get('/files/:token', serveAttachment)
  app.route('/', previewPage)
  app.route('/', qrRedirect)
  app.route('/', platformVisitor)
  app.notFound(visitorNotFound)
  return app
}

/** Any other host: a tenant's custom hostname, or a 404 page. */
export function createCustomHostApp() {
  const app = new Hono<AppEnv>()
  app.use(requestContext).use(baseHeaders())
  app.onError(handleError)
  app.get('/media/:tenantId/:file', serveMedia)
  app.route('/', customHostVisitor)
  return app
}
