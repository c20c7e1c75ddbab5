import type { ApiProblem } from '../../api/client.ts'
import type { Activity, ActivityTemplate, CreateActivityBody, RecordRef } from './activities-api.ts'
import { fromLocalInput, toLocalInput } from './activity-format.ts'
import { NO_REMINDER, type ReminderChoice, reminderAt } from './ReminderPicker.tsx'

export type Kind = CreateActivityBody['type']
export type Outcome = NonNullable<Activity['outcome']>

export const KINDS: { id: Kind; label: string }[] = [
  { id: 'note', label: 'Note' },
  { id: 'call', label: 'Call' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'task', label: 'Task' },
]

export interface Draft {
  subject: string
  body: string
  due: string
  starts: string
  ends: string
  duration: string
  outcome: Outcome | ''
  /** null: not chosen, so whoever logs it (the server's default). */
  assignee: string | null
  reminder: ReminderChoice
  templateId: string
  mentions: Map<string, string>
}

/** Sets one field of the draft. */
export type SetDraftField = <K extends keyof Draft>(key: K, value: Draft[K]) => void

/** What the composer's field groups are given. */
export interface FieldsProps {
  kind: Kind
  draft: Draft
  set: SetDraftField
  errors: Record<string, string>
  /** The composer's useId, the prefix of its field ids. */
  id: string
}

export const emptyDraft = (): Draft => ({
  subject: '',
  body: '',
  due: '',
  starts: '',
  ends: '',
  duration: '',
  outcome: '',
  assignee: null,
  reminder: NO_REMINDER,
  templateId: '',
  mentions: new Map(),
})

/** The draft with a template applied: its text, duration, due (or start) time and reminder. */
export function withTemplate(d: Draft, kind: Kind, t: ActivityTemplate): Draft {
  const due =
    t.dueInMinutes === null ? '' : toLocalInput(new Date(Date.now() + t.dueInMinutes * 60_000).toISOString())
  return {
    ...d,
    templateId: t.id,
    subject: t.subject ?? d.subject,
    body: t.body || d.body,
    duration: t.durationMinutes === null ? d.duration : String(t.durationMinutes),
    due: kind === 'meeting' ? d.due : due || d.due,
    starts: kind === 'meeting' ? due || d.starts : d.starts,
    reminder:
      t.remindBeforeMinutes === null ? d.reminder : { kind: 'before', minutes: t.remindBeforeMinutes },
  }
}

/** The request for a draft, or the problems that keep it from being sent. */
export function buildBody(
  kind: Kind,
  d: Draft,
  about: RecordRef,
): { body: CreateActivityBody | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const body = d.body.trim()
  if (kind === 'note' && !body) errors.body = 'Write the note'
  if (kind === 'task' && !d.subject.trim()) errors.subject = 'Say what is to be done'
  const dueAt = kind === 'task' || kind === 'call' ? fromLocalInput(d.due) : null
  const startsAt = kind === 'meeting' ? fromLocalInput(d.starts) : null
  if (kind === 'meeting' && !startsAt) errors.startsAt = 'Say when the meeting starts'
  const remindAt = kind === 'note' ? null : reminderAt(d.reminder, kind === 'meeting' ? startsAt : dueAt)
  if (remindAt === undefined) errors.remindAt = `Set the ${kind === 'meeting' ? 'start' : 'due time'} first`
  const duration = d.duration === '' ? null : Number(d.duration)
  if (duration !== null && (!Number.isInteger(duration) || duration < 0))
    errors.durationMinutes = 'Whole minutes'
  if (Object.keys(errors).length > 0) return { body: null, errors }
  // Only those still named in the text: a mention deleted while editing is not sent.
  const mentions = [...d.mentions].filter(([, name]) => body.includes(`@${name}`)).map(([userId]) => userId)
  return {
    errors,
    body: {
      type: kind,
      ...about,
      ...(d.templateId ? { templateId: d.templateId } : {}),
      ...(d.subject.trim() && kind !== 'note' ? { subject: d.subject.trim() } : {}),
      body,
      ...(kind !== 'note'
        ? {
            ...(d.assignee === null ? {} : { assigneeUserId: d.assignee || null }),
            remindAt: remindAt ?? null,
          }
        : {}),
      ...(kind === 'task' || kind === 'call' ? { dueAt } : {}),
      ...(kind === 'meeting' ? { startsAt, endsAt: fromLocalInput(d.ends) } : {}),
      ...(kind === 'call'
        ? { durationMinutes: duration, outcome: d.outcome || null, completed: dueAt === null }
        : {}),
      ...(mentions.length > 0 ? { mentions } : {}),
    },
  }
}

/** The server's field problems, by the first segment of each path. */
export function fieldErrors(problem: ApiProblem): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of problem.problem.errors ?? []) {
    const key = e.path.split(/[./]/).filter(Boolean)[0]
    if (key && !out[key]) out[key] = e.message
  }
  return out
}
