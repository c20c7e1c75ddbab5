import { sha256Base64 } from '../../../lib/crypto.ts'
import type { PublishedPage } from '../sites.repo.ts'
import { IDEMPOTENCY_SCRIPT, micrositeStyle, renderMicrosite, safeColor } from './microsite.tsx'

export interface RenderedPage {
  html: string
  csp: string
}

/**
 * Renders a published page with a Content-Security-Policy that allows exactly its own inline
 * style and script by hash, so cached copies need no per-request nonce.
 */
export async function renderPage(page: PublishedPage, formAction: string): Promise<RenderedPage> {
  const html = await renderMicrosite({
    brandName: page.brandName,
    branchName: page.branchName,
    primaryColor: page.primaryColor,
    content: page.content,
    formAction,
  })
  const [styleHash, scriptHash] = await Promise.all([
    sha256Base64(micrositeStyle(safeColor(page.primaryColor))),
    sha256Base64(IDEMPOTENCY_SCRIPT),
  ])
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    `script-src 'sha256-${scriptHash}'`,
    "img-src 'self' data: https:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
  return { html, csp }
}
