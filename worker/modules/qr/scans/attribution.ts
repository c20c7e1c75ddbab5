// Short codes are URL-safe; anything else in `qr=` was not put there by a code.
const CODE_SHAPE = /^[A-Za-z0-9_-]{4,32}$/

/**
 * The QR code a form post came through: the `qr` parameter the redirect adds to our pages,
 * read from the Referer. Microsite pages send `referrer-policy: same-origin`, so a browser
 * names the page on a post to its own form; a Referer from another origin is ignored, so
 * another site cannot attribute leads to a code.
 */
export function qrCodeFromReferer(request: Request): string | undefined {
  const referer = request.headers.get('referer')
  if (!referer) return undefined
  try {
    const page = new URL(referer)
    if (page.origin !== new URL(request.url).origin) return undefined
    const code = page.searchParams.get('qr')
    return code && CODE_SHAPE.test(code) ? code : undefined
  } catch {
    return undefined
  }
}
