// Visitor surface: microsites and their lead forms, on our host and on tenants' hostnames.
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { type HostTarget, resolveHost } from '../modules/domains/index.ts'
import { submitLead } from '../modules/leads/index.ts'
import {
  findPublishedPage,
  findPublishedPageByBranchId,
  PLATFORM_HOST_KEY,
  type PublishedPage,
  renderStatusPage,
  servePage,
} from '../modules/sites/index.ts'
import { toApiError } from './errors.ts'

type C = Context<AppEnv>

const wantsHtml = (c: C) => (c.req.header('accept') ?? '').includes('text/html')

async function htmlPage(
  c: C,
  status: 200 | 202 | 400 | 404 | 413 | 415 | 429 | 503,
  view: Parameters<typeof renderStatusPage>[0],
  headers: Record<string, string> = {},
) {
  const { html, csp } = await renderStatusPage(view)
  return c.html(html, status, { 'content-security-policy': csp, 'cache-control': 'no-store', ...headers })
}

const notFound = (c: C) =>
  htmlPage(c, 404, {
    title: 'Page not found',
    message: 'There is no page at this address. Check the link or QR code.',
  })

async function showPage(
  c: C,
  hostKey: string,
  path: string,
  lookup: () => Promise<PublishedPage | undefined>,
) {
  const formAction = `${path === '/' ? '' : path}/leads`
  const page = await servePage(c.var.ctx, { hostKey, path, formAction, lookup })
  if (!page) return notFound(c)
  return c.html(page.html, 200, {
    'content-security-policy': page.csp,
    'cache-control': 'public, max-age=60',
    'x-vitrine-cache': page.cache,
  })
}

/** Form posts answer HTML to browsers without scripts and JSON to everything else. */
async function takeLead(c: C, page: PublishedPage | undefined, backHref: string) {
  if (!page) return notFound(c)
  const target = {
    tenantId: page.tenantId,
    brandId: page.brandId,
    branchId: page.branchId,
    siteId: page.siteId,
  }
  try {
    const result = await submitLead(c.var.ctx, target, c.req.raw)
    if (!wantsHtml(c))
      return c.json({ status: 'accepted' as const, leadId: result.leadId }, 202, result.headers)
    return htmlPage(
      c,
      202,
      {
        title: 'Thank you',
        message: `${page.branchName} has your message and will get back to you soon.`,
        backHref,
      },
      result.headers,
    )
  } catch (error) {
    const known = toApiError(error)
    if (!known || !wantsHtml(c)) throw error
    const items = known.extra.errors?.map((e) => `${e.path}: ${e.message}`)
    return htmlPage(
      c,
      known.status as 400,
      { title: 'Your message was not sent', message: known.message, items, backHref },
      known.extra.headers,
    )
  }
}

/** /{brand}/{branch} on the platform host. */
export const platformVisitor = new Hono<AppEnv>()
  .get('/:brand/:branch', (c) => {
    const { brand, branch } = c.req.param()
    return showPage(c, PLATFORM_HOST_KEY, `/${brand}/${branch}`, () =>
      findPublishedPage(c.var.ctx.d1, { brandSlug: brand }, branch),
    )
  })
  .post('/:brand/:branch/leads', async (c) => {
    const { brand, branch } = c.req.param()
    const page = await findPublishedPage(c.var.ctx.d1, { brandSlug: brand }, branch)
    return takeLead(c, page, `/${brand}/${branch}`)
  })

const lookupOnHost = (c: C, target: HostTarget, branchSlug?: string) => () =>
  target.branchId
    ? branchSlug
      ? Promise.resolve(undefined)
      : findPublishedPageByBranchId(c.var.ctx.d1, target.branchId)
    : branchSlug
      ? findPublishedPage(c.var.ctx.d1, { brandId: target.brandId }, branchSlug)
      : Promise.resolve(undefined)

/** A tenant's own hostname: `/` for a branch hostname, `/{branch}` for a brand hostname. */
export const customHostVisitor = new Hono<AppEnv>()
  .use(async (c, next) => {
    const target = await resolveHost(c.var.ctx, new URL(c.req.url).hostname)
    if (!target) return notFound(c)
    c.set('host', target)
    await next()
  })
  .get('/', (c) => showPage(c, new URL(c.req.url).hostname, '/', lookupOnHost(c, c.var.host)))
  .get('/:branch', (c) =>
    showPage(
      c,
      new URL(c.req.url).hostname,
      `/${c.req.param('branch')}`,
      lookupOnHost(c, c.var.host, c.req.param('branch')),
    ),
  )
  .post('/leads', async (c) => takeLead(c, await lookupOnHost(c, c.var.host)(), '/'))
  .post('/:branch/leads', async (c) => {
    const branch = c.req.param('branch')
    return takeLead(c, await lookupOnHost(c, c.var.host, branch)(), `/${branch}`)
  })
  .all('*', notFound)

export { notFound as visitorNotFound }
