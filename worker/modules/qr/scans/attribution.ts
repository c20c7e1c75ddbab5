import { idPattern } from '../../../lib/ids.ts'

// Short codes are URL-safe; anything else in `qr=` was not put there by a code.
const CODE_SHAPE = /^[A-Za-z0-9_-]{4,32}$/
// The redirect's scan id; anything else in `qv=` was not put there by a scan.
const VISIT_SHAPE = idPattern('qrScan')

/**
 * The QR code a form post came through: the `qr` parameter the redirect adds to our pages,
 * read from the Referer. Microsite pages send `referrer-policy: same-origin`, so a browser
 * names the page on a post to its own form; a Referer from another origin is ignored, so
 * another site cannot attribute leads to a code.
 */
export function qrCodeFromReferer(request: Request): string | undefined {
  const code = samePageParam(request, 'qr')
  return code && CODE_SHAPE.test(code) ? code : undefined
}

/**
 * The scan whose visit a form post came from: the `qv` parameter the redirect adds beside
 * `qr`, read the same way (same-origin Referer only). It links the lead to the scan on the
 * contact's timeline without any cookie.
 */
export function qrVisitFromReferer(request: Request): string | undefined {
  if (!qrCodeFromReferer(request)) return undefined
  const visit = samePageParam(request, 'qv')
  return visit && VISIT_SHAPE.test(visit) ? visit : undefined
}

function samePageParam(request: Request, name: string): string | null {
  const referer = request.headers.get('referer')
  if (!referer) return null
  try {
    const page = new URL(referer)
    if (page.origin !== new URL(request.url).origin) return null
    return page.searchParams.get(name)
  } catch {
    return null
  }
}
