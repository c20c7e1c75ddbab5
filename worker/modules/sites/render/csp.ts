import { sha256Base64 } from '../../../lib/crypto.ts'

/**
 * A policy that allows exactly this page's inline stylesheet and scripts by hash, so a cached
 * copy needs no per-request nonce, and nothing else: no other origin (but the ones a part
 * names, such as Turnstile's for a form that asks for it), no inline attributes.
 * JSON-LD is a data block, which CSP does not govern.
 */
export async function pagePolicy(
  css: string,
  scripts: Iterable<string>,
  options: { framable?: boolean; scriptOrigins?: Iterable<string>; frameOrigins?: Iterable<string> } = {},
) {
  const scriptHashes = await Promise.all([...scripts].map(async (s) => `'sha256-${await sha256Base64(s)}'`))
  const scriptSources = [...scriptHashes, ...(options.scriptOrigins ?? [])]
  const frames = [...(options.frameOrigins ?? [])]
  return [
    "default-src 'none'",
    `style-src 'sha256-${await sha256Base64(css)}'`,
    `script-src ${scriptSources.length ? scriptSources.join(' ') : "'none'"}`,
    ...(frames.length ? [`frame-src ${frames.join(' ')}`] : []),
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
