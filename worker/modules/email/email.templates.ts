import type { EmailMessage } from './email.messages.ts'

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const when = (iso: string) => new Date(iso).toUTCString()

/** One layout for every message: a heading, paragraphs, and at most one button. */
function layout(
  heading: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): RenderedEmail {
  const text = [heading, '', ...paragraphs, ...(action ? ['', `${action.label}: ${action.url}`] : [])].join(
    '\n',
  )
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:13px;color:#555">Or paste this link into your browser: ${escapeHtml(action.url)}</p>` : ''}
<p style="font-size:13px;color:#555">Vitrine</p></body></html>`
  return { subject: heading, text, html }
}

export function renderEmail(message: EmailMessage): RenderedEmail {
  switch (message.template) {
    case 'verify_email':
      return layout(
        'Confirm your e-mail address',
        [
          `Hello ${message.data.name},`,
          'Confirm that this is your address to finish setting up your Vitrine account. The link works for 24 hours.',
        ],
        { label: 'Confirm e-mail address', url: message.data.url },
      )
    case 'reset_password':
      return layout(
        'Reset your Vitrine password',
        [
          'Someone asked to reset the password of this account. If it was you, choose a new password with the link below; it works once, for one hour.',
          'If it was not you, ignore this message: your password stays as it is.',
        ],
        { label: 'Choose a new password', url: message.data.url },
      )
    case 'invitation':
      return layout(
        `Join ${message.data.tenantName} on Vitrine`,
        [
          `${message.data.inviterName} invited you to ${message.data.tenantName} as ${message.data.role}.`,
          `The invitation expires on ${when(message.data.expiresAt)}.`,
        ],
        { label: 'Accept the invitation', url: message.data.url },
      )
    case 'account_locked':
      return layout(
        'Your Vitrine account was locked',
        [
          `There were several failed attempts to sign in to ${message.data.accountEmail}${message.data.ip ? ` from ${message.data.ip}` : ''}, so sign-in is paused until ${when(message.data.until)}.`,
          'If this was not you, reset your password now.',
        ],
        { label: 'Reset your password', url: message.data.resetUrl },
      )
    case 'export_ready':
      return layout(
        message.data.scope === 'tenant'
          ? "Your organisation's data export is ready"
          : 'Your data export is ready',
        [`Download the archive with the link below. It stops working on ${when(message.data.expiresAt)}.`],
        { label: 'Download the export', url: message.data.url },
      )
  }
}
