import { sha256Base64 } from '../../../lib/crypto.ts'

/**
 * A policy that allows exactly this page's inline stylesheet and scripts by hash, so a cached
 * copy needs no per-request nonce, and nothing else: no other origin, no inline attributes.
 * JSON-LD is a data block, which CSP does not govern.
 */
export async function pagePolicy(
  css: string,
  scripts: Iterable<string>,
  options: { framable?: boolean } = {},
) {
  const scriptHashes = await Promise.all([...scripts].map(async (s) => `'sha256-${await sha256Base64(s)}'`))
  return [
    "default-src 'none'",
    `style-src 'sha256-${await sha256Base64(css)}'`,
    `script-src ${scriptHashes.length ? scriptHashes.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "media-src 'self'",
    // Same-origin fetches only; crawlers' in-page checks read /robots.txt this way.
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    // The builder shows previews in a frame on our own origin; live pages are never framed.
    `frame-ancestors ${options.framable ? "'self'" : "'none'"}`,
  ].join('; ')
}
