import { renderAnalyticsReport } from './analytics-report.template.ts'
import type { EmailMessage } from './email.messages.ts'

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const when = (iso: string) => new Date(iso).toUTCString()

/** A labelled detail shown between the paragraphs and the button (lead alerts). */
type Fact = readonly [label: string, value: string]

/** One layout for every message: a heading, paragraphs, optional details, and at most one button. */
function layout(
  heading: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  facts: readonly Fact[] = [],
): RenderedEmail {
  const text = [
    heading,
    '',
    ...paragraphs,
    ...(facts.length ? ['', ...facts.map(([label, value]) => `${label}: ${value}`)] : []),
    ...(action ? ['', `${action.label}: ${action.url}`] : []),
  ].join('\n')
  const details = facts.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:16px 0">${facts
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:600">${escapeHtml(label)}</th><td style="padding:4px 0;white-space:pre-line">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    : ''
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${details}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:13px;color:#555">Or paste this link into your browser: ${escapeHtml(action.url)}</p>` : ''}
<p style="font-size:13px;color:#555">Vitrine</p></body></html>`
  return { subject: oneLine(heading), text, html }
}

/** Subjects carry a visitor's name: one line, bounded, so it cannot add header lines or run on. */
const oneLine = (s: string, max = 120) => {
  const flat = s.replace(/[\p{Cc}\s]+/gu, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

const MESSAGE_PREVIEW = 1000

/** What the lead left: how to reach them and what they wrote (shortened for a notice). */
function leadFacts(data: {
  branchName: string
  sourceLabel: string
  email: string | null
  phone: string | null
  message: string | null
  receivedAt: string
}): Fact[] {
  const message =
    data.message && data.message.length > MESSAGE_PREVIEW
      ? `${data.message.slice(0, MESSAGE_PREVIEW)}…`
      : data.message
  return [
    ['Branch', data.branchName],
    ['Source', data.sourceLabel],
    ...(data.email ? [['E-mail', data.email] as const] : []),
    ...(data.phone ? [['Phone', data.phone] as const] : []),
    ...(message ? [['Message', message] as const] : []),
    ['Received', when(data.receivedAt)],
  ]
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
    case 'lead_new':
      return layout(
        `New lead: ${oneLine(message.data.leadName, 80)}`,
        [`A new lead arrived for ${message.data.branchName}. Answer quickly: a fast first reply wins.`],
        { label: 'Open the lead', url: message.data.url },
        leadFacts(message.data),
      )
    case 'lead_assigned':
      return message.data.returning
        ? layout(
            `Returning lead: ${oneLine(message.data.leadName, 80)}`,
            [`${message.data.leadName}, a lead assigned to you, got in touch again.`],
            { label: 'Open the lead', url: message.data.url },
            leadFacts(message.data),
          )
        : layout(
            `Lead assigned to you: ${oneLine(message.data.leadName, 80)}`,
            [`A new lead for ${message.data.branchName} is yours to answer.`],
            { label: 'Open the lead', url: message.data.url },
            leadFacts(message.data),
          )
    case 'lead_sla_breach':
      return layout(
        `No first response yet: ${oneLine(message.data.leadName, 80)}`,
        [
          `${message.data.leadName} (${message.data.branchName}) has waited past the first-response target${message.data.dueAt ? ` of ${when(message.data.dueAt)}` : ''} without an answer.`,
          message.data.level === 1
            ? 'You are told as the branch manager. Reply or reassign the lead; the owners are told next.'
            : 'You are told as an owner: the branch has not answered after the first reminder.',
        ],
        { label: 'Open the lead', url: message.data.url },
      )
    case 'crm_notice':
      return layout(
        oneLine(message.data.heading),
        message.data.paragraphs,
        message.data.action ?? undefined,
        message.data.facts,
      )
    case 'crm_contact_message':
      return layout(oneLine(message.data.subject), [
        ...message.data.body.split(/\n{2,}/),
        `Sent by ${message.data.tenantName}.`,
      ])
    case 'analytics_report':
      return renderAnalyticsReport(message.data)
    case 'webhook_disabled':
      return layout(
        'A webhook endpoint was turned off',
        [
          `Vitrine stopped sending events to ${message.data.endpointUrl} on ${when(message.data.disabledAt)}: ${message.data.reason}.`,
          'Events that happen while it is off are not sent. Fix the receiver, send a test, re-enable the endpoint, then replay the deliveries it missed from its delivery log.',
        ],
        { label: 'Open the endpoint', url: message.data.url },
      )
  }
}
