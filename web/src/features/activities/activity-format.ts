import type { Activity } from './activities-api.ts'

type ActivityType = Activity['type']
type Outcome = NonNullable<Activity['outcome']>

/** Typed against the worker's enum, so a new kind of entry must be named here. */
export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  note: 'Note',
  task: 'Task',
  call: 'Call',
  meeting: 'Meeting',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  form_submission: 'Form sent',
  touch: 'Came back',
  assignment: 'Assignment',
  status_change: 'Status',
  sla_breach: 'Response target missed',
  escalation: 'Escalated',
  stage_change: 'Deal stage',
  merge: 'Merged',
}

/** A glyph beside each entry; decorative, the label says the same in words. */
export const ACTIVITY_ICONS: Record<ActivityType, string> = {
  note: '📝',
  task: '☑️',
  call: '📞',
  meeting: '📅',
  email: '✉️',
  whatsapp: '💬',
  form_submission: '📨',
  touch: '↩️',
  assignment: '👤',
  status_change: '🔁',
  sla_breach: '⏰',
  escalation: '⚠️',
  stage_change: '➡️',
  merge: '🔗',
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  connected: 'Connected',
  no_answer: 'No answer',
  voicemail: 'Left a voicemail',
  busy: 'Busy',
  wrong_number: 'Wrong number',
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const dayOnly = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))
export const formatTime = (iso: string) => timeOnly.format(new Date(iso))
export const formatDay = (date: Date) => dayOnly.format(date)

/** The local calendar day of an instant, `YYYY-MM-DD`, for grouping. */
export function localDayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A `datetime-local` input's value for an instant, in the browser's zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${localDayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The instant a `datetime-local` value names, or null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

/** What the activity is about, in words: "Ana Lima · Acme". */
export function aboutText(a: Pick<Activity, 'contactName' | 'companyName' | 'dealName'>): string {
  return [a.contactName, a.companyName, a.dealName].filter(Boolean).join(' · ')
}

/** The dashboard path of what the activity is about. */
export function aboutLink(a: Pick<Activity, 'contactId' | 'companyId' | 'dealId'>): string | null {
  if (a.contactId) return `/app/contacts/${encodeURIComponent(a.contactId)}`
  if (a.dealId) return `/app/deals/${encodeURIComponent(a.dealId)}`
  if (a.companyId) return `/app/companies/${encodeURIComponent(a.companyId)}`
  return null
}

/** A one-line title for an activity in lists and the calendar. */
export function activityTitle(a: Activity): string {
  const head = a.subject || a.body.split('\n')[0]?.slice(0, 80) || ACTIVITY_LABELS[a.type]
  return a.subject || a.type === 'note' || a.type === 'task' ? head : `${ACTIVITY_LABELS[a.type]}: ${head}`
}
