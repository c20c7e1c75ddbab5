// Page views, recorded by the Worker as it serves a microsite page (from KV or freshly
// rendered), so nothing on the page has to run for a visit to count. A vCard served counts as
// the `save_contact` action of the page it belongs to. Sent after the answer (waitUntil): a
// slow or failing queue never delays or breaks a page.
import type { Ctx } from '../../../context.ts'
import { newId } from '../../../lib/ids.ts'
import { referrerHost } from '../../../lib/request-facts.ts'
import { AnalyticsEvent } from '../events/analytics-event.ts'
import { clip, externalHost, qrCodeOf, utmOf, visitOf } from './visit-facts.ts'

/** Whose page was served: stored with the cached page, so a cache hit knows it without D1. */
export interface PageIdentity {
  tenantId: string
  brandId: string
  /** Null for a brand's landing page. */
  branchId: string | null
  siteId: string | null
}

export interface ViewOptions {
  /** A vCard download: the action `save_contact` of the page, not a view. */
  action?: 'save_contact'
  /** The owner's own look: a draft preview, or a signed-in member on the live page. */
  preview?: boolean
  /** Overrides the request's path; null for a preview, whose address is no page's (and a secret). */
  path?: string | null
}

// A vCard's address is its page's plus `/vcard`; the action belongs to the page.
const pagePathOf = (pathname: string, action: ViewOptions['action']) =>
  action ? pathname.replace(/\/vcard$/, '') || '/' : pathname

export async function viewEvent(
  ctx: Ctx,
  request: Request,
  page: PageIdentity,
  at: Date,
  options: ViewOptions = {},
): Promise<AnalyticsEvent> {
  const url = new URL(request.url)
  const visit = await visitOf(ctx, request, page.tenantId, at, options.preview ?? false)
  return AnalyticsEvent.parse({
    type: 'analytics',
    id: newId('analyticsEvent'),
    kind: options.action ? 'action' : 'view',
    action: options.action ?? null,
    target: null,
    ...page,
    path: options.path === undefined ? clip(pagePathOf(url.pathname, options.action), 300) : options.path,
    at: at.getTime(),
    referrerHost: externalHost(referrerHost(request), url.hostname),
    utm: utmOf(url.searchParams),
    qrCode: qrCodeOf(url.searchParams.get('qr')),
    leadId: null,
    unverified: false,
    ...visit,
  } satisfies AnalyticsEvent)
}

/** Queues the view in the background; a failure is logged, never shown to the visitor. */
export function recordView(ctx: Ctx, request: Request, page: PageIdentity, options: ViewOptions = {}) {
  const at = ctx.now()
  const send = async () => {
    const event = await viewEvent(ctx, request, page, at, options)
    await ctx.env.EVENTS_QUEUE.send(event, { contentType: 'json' })
  }
  ctx.waitUntil(
    send().catch((error) => ctx.log.error('page view not recorded', { siteId: page.siteId, error })),
  )
}
