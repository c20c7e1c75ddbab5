import type { LeadSource, SourceDelivery, SourceKind } from './lead-sources-api.ts'

export const KIND_LABELS: Record<SourceKind, string> = {
  facebook: 'Facebook Lead Ads',
  google_ads: 'Google Ads lead form',
  linkedin: 'LinkedIn Lead Gen',
  whatsapp: 'WhatsApp',
  webhook: 'Webhook (Zapier, Make, Pabbly…)',
}

export const KIND_ORDER: readonly SourceKind[] = ['google_ads', 'facebook', 'linkedin', 'whatsapp', 'webhook']

/** Where the owner pastes what, once the source exists. */
export const KIND_STEPS: Record<SourceKind, string[]> = {
  google_ads: [
    'In Google Ads, open the campaign’s lead form asset and go to “Lead delivery option” → “Webhook integration”.',
    'Paste the webhook URL below into “Webhook URL” and the key into “Key”.',
    'Press “Send test data”: a test lead appears in Leads (marked test=true) and in this source’s delivery log.',
  ],
  facebook: [
    'Facebook sends every page’s leads to one address for the whole platform: the webhook URL below is already subscribed by Vitrine’s Facebook app.',
    'Leads of this page are fetched with the page access token you gave; replace it here if you reset it in Facebook.',
    'Test with Facebook’s Lead Ads Testing Tool; the lead appears in Leads within seconds.',
  ],
  linkedin: [
    'LinkedIn sends lead notifications for this organization to the webhook URL below, where Vitrine’s LinkedIn app is registered.',
    'Each lead’s answers are fetched with the access token you gave (it needs r_marketing_leadgen_automation); replace it here when it expires.',
  ],
  whatsapp: [
    'Messages to this number reach Vitrine through the WhatsApp Cloud API webhook below; each new conversation becomes a lead.',
  ],
  webhook: [
    'In Zapier, Make or Pabbly, add an HTTP/Webhook step that POSTs JSON to the URL below.',
    'Sign each request with the secret: header X-Vitrine-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. See the Leads guide for a ready-made snippet.',
    'Send an Idempotency-Key header (or an "id" field) so a retried step never makes a second lead.',
  ],
}

/** What the one-time secret is called for a kind that has one we generate. */
export const SECRET_LABELS: Partial<Record<SourceKind, string>> = {
  google_ads: 'Key (paste into Google Ads)',
  webhook: 'Signing secret',
}

export const OUTCOME_LABELS: Record<SourceDelivery['outcome'], string> = {
  accepted: 'Accepted',
  duplicate: 'Duplicate',
  rejected: 'Rejected',
  failed: 'Failed',
  ignored: 'Ignored',
}

export const STATUS_LABELS: Record<LeadSource['status'], string> = { active: 'Active', paused: 'Paused' }

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const formatTime = (iso: string) => dateTime.format(new Date(iso))

/** The platform account a source is routed by, in words. */
export function accountOf(source: LeadSource): string | null {
  const config = source.config
  switch (config.kind) {
    case 'facebook':
      return `Page ${config.pageId}`
    case 'linkedin':
      return `Organization ${config.organizationId}`
    case 'whatsapp':
      return config.displayPhone
        ? `${config.displayPhone} (${config.phoneNumberId})`
        : `Number ${config.phoneNumberId}`
    default:
      return null
  }
}
