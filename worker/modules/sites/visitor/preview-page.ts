// GET /preview/{token}: a shared draft preview, for anyone holding the link; never cached or indexed.
import { Hono } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { recordView } from '../../analytics/index.ts'
import { LANGUAGE_CODES, type LanguageCode } from '../content/languages.ts'
import { previewByToken } from '../preview.service.ts'
import { renderStatusPage } from '../render/status-page.tsx'

// The token in the address must not leak to the sites the page links to.
const PRIVATE_HEADERS = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
}

const languageOf = (lang: string | undefined) =>
  LANGUAGE_CODES.includes(lang as LanguageCode) ? (lang as LanguageCode) : undefined

export const previewPage = new Hono<AppEnv>().get('/preview/:token', async (c) => {
  const page = await previewByToken(c.var.ctx, c.req.param('token'), languageOf(c.req.query('lang')))
  if (page) {
    // Whoever holds the link is the owner's guest: counted apart, as a preview, never as a visit.
    recordView(c.var.ctx, c.req.raw, page.page, { preview: true, path: null })
    return c.html(page.html, 200, { 'content-security-policy': page.csp, ...PRIVATE_HEADERS })
  }
  const gone = await renderStatusPage({
    title: 'Preview not available',
    message: 'This preview link has expired or was turned off. Ask whoever shared it for a new one.',
  })
  return c.html(gone.html, 404, { 'content-security-policy': gone.csp, ...PRIVATE_HEADERS })
})
