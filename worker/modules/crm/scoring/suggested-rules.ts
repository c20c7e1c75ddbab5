import type { ScoringCondition } from './scoring.schemas.ts'

/**
 * A starting point for a business that takes leads from its pages and QR codes: how the person
 * came, whether they came back, whether someone spoke to them, and how recently anything
 * happened. Together they can pass 100, which is the point: a contact who does it all is hot.
 */
export const SUGGESTED_RULES: readonly { label: string; points: number; condition: ScoringCondition }[] = [
  {
    label: 'Asked through one of our pages',
    points: 15,
    condition: { kind: 'source', sources: ['microsite_form', 'staff_card', 'booking_request'] },
  },
  {
    label: 'Came from an ad',
    points: 10,
    condition: { kind: 'source', sources: ['facebook', 'google_ads', 'linkedin'] },
  },
  {
    label: 'Scanned a QR code before asking (30 days)',
    points: 15,
    condition: { kind: 'engagement', signal: 'qr_scans', min: 1, withinDays: 30 },
  },
  {
    label: 'Got in touch more than once (30 days)',
    points: 15,
    condition: { kind: 'engagement', signal: 'touches', min: 2, withinDays: 30 },
  },
  {
    label: 'Spoke on the phone (30 days)',
    points: 15,
    condition: { kind: 'engagement', signal: 'calls', min: 1, withinDays: 30 },
  },
  {
    label: 'Met in person (90 days)',
    points: 20,
    condition: { kind: 'engagement', signal: 'meetings', min: 1, withinDays: 90 },
  },
  {
    label: 'Agreed to hear from us by e-mail',
    points: 5,
    condition: { kind: 'fit', condition: { field: 'consentEmail', op: 'eq', value: true } },
  },
  {
    label: 'Recent activity (halves every 14 days)',
    points: 20,
    condition: { kind: 'recency', halfLifeDays: 14 },
  },
]
