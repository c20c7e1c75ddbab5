import { OP_LABELS } from '../crm-views/filter-fields.ts'
import type { EngagementSignal, RuleKind, ScoringCondition } from './scoring-api.ts'

export const KIND_LABELS: Record<RuleKind, string> = {
  source: 'Source',
  engagement: 'Engagement',
  fit: 'Fit',
  recency: 'Recency',
}

export const KIND_HINTS: Record<RuleKind, string> = {
  source: 'How the contact first reached you',
  engagement: 'What they did: leads, scans, calls, meetings…',
  fit: 'Who they are: any contact field, a custom field or their company',
  recency: 'Points that fade since the last activity',
}

export const SIGNAL_LABELS: Record<EngagementSignal, string> = {
  leads: 'leads',
  touches: 'times in touch (forms, messages, ads)',
  qr_scans: 'QR code scans that led to a lead',
  calls: 'calls',
  meetings: 'meetings',
  emails: 'e-mails',
  notes: 'notes',
}

/** Where contacts come from: lead sources, imports and hand entry. */
export const SOURCE_LABELS: Record<string, string> = {
  microsite_form: 'Site form',
  staff_card: 'Staff card',
  booking_request: 'Booking request',
  facebook: 'Facebook',
  google_ads: 'Google Ads',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  webhook: 'Webhook',
  import: 'Import',
  manual: 'Added by hand',
}

const OP_WORDS: Record<string, string> = { ...OP_LABELS, in: 'is one of' }
export const opWords = (op: string) => OP_WORDS[op] ?? op

const valueText = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value)

/** The rule's condition in a sentence, e.g. "At least 2 QR code scans… within 30 days". */
export function describeCondition(condition: ScoringCondition): string {
  switch (condition.kind) {
    case 'source':
      return `Came from ${condition.sources.map((s) => SOURCE_LABELS[s] ?? s).join(' or ')}`
    case 'engagement':
      return `At least ${condition.min} ${SIGNAL_LABELS[condition.signal]}${condition.withinDays ? ` within ${condition.withinDays} days` : ''}`
    case 'fit': {
      const { field, op, value } = condition.condition
      return `${field} ${opWords(op)} ${valueText(value)}`.trim()
    }
    case 'recency':
      return `Halves every ${condition.halfLifeDays} days since the last activity`
  }
}

export const signedPoints = (points: number) => (points > 0 ? `+${points}` : `−${-points}`)
