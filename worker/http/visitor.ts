// Visitor surface: microsites, staff cards, vCards, sitemaps and lead forms, on our host and on
// tenants' hostnames. Hot path: a cached answer is one KV read (for a tenant hostname, before
// the hostname is even looked up); everything else happens on a miss.
import { type Context, Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env.ts'
import { COLLECT_PATH, collectBeacon, recordView } from '../modules/analytics/index.ts'
import { ACCESS_COOKIE } from '../modules/auth/index.ts'
import { resolveHost } from '../modules/domains/index.ts'
import { FormSubmissionInvalid, submitLead } from '../modules/leads/index.ts'
import {
  type CachedEntry,
  findLeadDestination,
  type HostScope,
  languageParam,
  leadReplyText,
  PLATFORM_HOST_KEY,
  readCached,
  renderFormAgain,
  renderStatusPage,
  requestKey,
  serveVisitorGet,
  type VisitorOutcome,
} from '../modules/sites/index.ts'
import { toApiError } from './errors.ts'

type C = Context<AppEnv>

const wantsHtml = (c: C) => (c.req.header('accept') ?? '').includes('text/html')

/** Status pages are never cached as pages and never indexed. */
async function statusPage(
  c: C,
  status: 202 | 400 | 404 | 410 | 413 | 415 | 429 | 503,
  view: Parameters<typeof renderStatusPage>[0],
  headers: Record<string, string> = {},
) {
  const { html, csp } = await renderStatusPage(view)
  return c.html(html, status, {
    'content-security-policy': csp,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    ...headers,
  })
}

const notFound = (c: C) =>
  statusPage(c, 404, {
    title: 'Page not found',
    message: 'There is no page at this address. Check the link or QR code.',
  })

const gone = (c: C) =>
  statusPage(c, 410, {
    title: 'This page is no longer available',
    message: 'This business has closed this page, and it will not come back at this address.',
  })

function answer(c: C, outcome: VisitorOutcome) {
  switch (outcome.kind) {
    case 'response':
      return outcome.response
    case 'redirect':
      return new Response(null, {
        status: outcome.permanent ? 301 : 302,
        headers: {
          location: outcome.location,
          'cache-control': outcome.permanent ? 'public, max-age=3600' : 'no-store',
        },
      })
    case 'gone':
      return gone(c)
    default:
      return notFound(c)
  }
}

/** Form posts answer HTML to browsers without scripts and JSON to everything else. */
async function takeLead(c: C, scope: HostScope) {
  const destination = await findLeadDestination(c.var.ctx, scope, new URL(c.req.url).pathname)
  if (destination.status === 'gone') return gone(c)
  if (destination.status === 'missing') return notFound(c)
  const page = destination.value
  try {
    const result = await submitLead(c.var.ctx, page.target, c.req.raw)
    if (!wantsHtml(c))
      return c.json({ status: 'accepted' as const, leadId: result.leadId }, 202, result.headers)
    const text = leadReplyText(page, result.language)
    return statusPage(
      c,
      202,
      {
        title: text.thanks,
        message: result.successMessage ?? text.thanksMessage,
        backHref: text.backHref,
        backLabel: text.back,
        language: text.language,
      },
      result.headers,
    )
  } catch (error) {
    const known = toApiError(error)
    if (!known || !wantsHtml(c)) throw error
    if (known instanceof FormSubmissionInvalid) {
      const again = await renderFormAgain(c.var.ctx, page, known, new URL(c.req.url).pathname)
      return c.html(again.html, 400, {
        'content-security-policy': again.csp,
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
        ...known.extra.headers,
      })
    }
    const text = leadReplyText(page, undefined)
    const items = known.extra.errors?.map((e) => `${e.path}: ${e.message}`)
    return statusPage(
      c,
      known.status as 400,
      { title: text.notSent, message: known.message, items, backHref: text.backHref, backLabel: text.back },
      known.extra.headers,
    )
  }
}

/**
 * A dashboard member looking at their own live page: their session cookie came along (our host
 * only). It is not verified here, presence is enough to leave the look out of the counts.
 */
const signedIn = (c: C) => getCookie(c, ACCESS_COOKIE) !== undefined

/** Counts what was served, in the background: a page's view, or a vCard as `save_contact`. */
function count(c: C, entry: CachedEntry | undefined) {
  if (!entry?.page || entry.type === 'xml') return
  recordView(c.var.ctx, c.req.raw, entry.page, {
    action: entry.type === 'vcard' ? 'save_contact' : undefined,
    preview: signedIn(c),
  })
}

async function serveGet(c: C, scope: HostScope, url: URL, key: string) {
  const outcome = await serveVisitorGet(c.var.ctx, scope, url, key)
  if (outcome.kind === 'response') count(c, outcome.entry)
  return answer(c, outcome)
}

/** The beacon's actions; same origin on every host, so it needs no CORS. */
const collect = (c: C) => collectBeacon(c.var.ctx, c.req.raw, { preview: signedIn(c) })

const PLATFORM: HostScope = { kind: 'platform' }

/** /{brand}, /{brand}/{branch}[/vcard | /{person}[/vcard]], their form posts, sitemap and robots. */
export const platformVisitor = new Hono<AppEnv>()
  .get('*', async (c) => {
    const url = new URL(c.req.url)
    const key = requestKey(PLATFORM_HOST_KEY, url.pathname, languageParam(url))
    const cached = await readCached(c.var.ctx, key)
    if (!cached) return serveGet(c, PLATFORM, url, key)
    count(c, cached.entry)
    return cached.response
  })
  .post(COLLECT_PATH, collect)
  .post('*', (c) => takeLead(c, PLATFORM))

/** The hostname's target; a www/apex twin answers 301 to its canonical hostname instead. */
async function customScope(c: C): Promise<HostScope | Response | null> {
  const url = new URL(c.req.url)
  const target = await resolveHost(c.var.ctx, url.hostname)
  if (target?.redirectTo)
    return new Response(null, {
      status: 301,
      headers: {
        location: `https://${target.redirectTo}${url.pathname}${url.search}`,
        'cache-control': 'public, max-age=3600',
      },
    })
  return target ? { kind: 'custom', hostname: url.hostname, target } : null
}

/** A tenant's own hostname: the same pages below `/` (a branch hostname) or `/{branch}` (a brand one). */
export const customHostVisitor = new Hono<AppEnv>()
  .get('*', async (c) => {
    const url = new URL(c.req.url)
    const key = requestKey(url.hostname, url.pathname, languageParam(url))
    // A page is cached under a hostname only after that hostname resolved to a branch or
    // brand (never for a www twin), and removing a hostname purges its pages, so a hit needs
    // no hostname lookup: a cached page costs one KV read here too.
    const cached = await readCached(c.var.ctx, key)
    if (cached) {
      count(c, cached.entry)
      return cached.response
    }
    const scope = await customScope(c)
    if (!scope) return notFound(c)
    if (scope instanceof Response) return scope
    return serveGet(c, scope, url, key)
  })
  // Before the hostname lookup: a beacon costs no KV or D1 read on any host.
  .post(COLLECT_PATH, collect)
  .post('*', async (c) => {
    const scope = await customScope(c)
    if (!scope) return notFound(c)
    return scope instanceof Response ? scope : takeLead(c, scope)
  })
  .all('*', notFound)

export { notFound as visitorNotFound }
