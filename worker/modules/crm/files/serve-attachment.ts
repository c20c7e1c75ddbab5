/**
 * GET /files/{token}: an attachment's bytes for whoever holds a live signed link (file-links.ts).
 * The file is only ever treated as the type sniffed at upload: nosniff, a CSP sandbox (no
 * scripts, no same-origin access), a download unless it is an image or a PDF asked for inline.
 * A PDF shown inline is the one exception to the sandbox: Chrome refuses to run its PDF viewer
 * in a sandboxed document, so there the CSP forbids everything but the viewer's own styles.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { withTenant } from '../../../lib/pg.ts'
import { renderStatusPage } from '../../sites/index.ts'
import { previewOf } from './attachment-view.ts'
import { findAttachment } from './attachments.repo.ts'
import { checkFileLink } from './file-links.ts'
import { contentDisposition } from './file-name.ts'

const SANDBOXED = "default-src 'none'; sandbox; frame-ancestors 'none'"
const PDF_VIEWER = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"

async function refuse(c: Context<AppEnv>, status: 403 | 404, title: string, message: string) {
  const { html, csp } = await renderStatusPage({ title, message })
  return c.html(html, status, {
    'content-security-policy': csp,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  })
}

export async function serveAttachment(c: Context<AppEnv>) {
  const ctx = c.var.ctx
  const check = await checkFileLink(ctx.config.SESSION_SECRET, c.req.param('token') ?? '', ctx.now())
  if (!check.ok)
    return check.reason === 'expired'
      ? refuse(
          c,
          403,
          'This link has expired',
          'File links work for five minutes. Open the file again from the dashboard.',
        )
      : refuse(c, 403, 'This link is not valid', 'Open the file again from the dashboard.')
  const { link } = check
  const row = await withTenant(ctx.pg(), link.tenantId, (tx) =>
    findAttachment(tx, link.tenantId, link.attachmentId),
  )
  const object = row ? await c.env.MEDIA.get(row.r2Key) : null
  if (!row || !object) return refuse(c, 404, 'File not found', 'This file has been removed.')
  const preview = previewOf(row.contentType)
  const inline = link.mode === 'i' && preview !== null
  const headers = new Headers({
    'content-type': row.contentType,
    'content-length': String(object.size),
    'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', row.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': inline && preview === 'pdf' ? PDF_VIEWER : SANDBOXED,
    'x-frame-options': inline && preview === 'pdf' ? 'SAMEORIGIN' : 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'private, max-age=300',
    'x-robots-tag': 'noindex',
  })
  return new Response(object.body, { status: 200, headers })
}
