// What each kind of activity may carry, checked the same way on create and on edit.
import { ApiError } from '../../../lib/errors.ts'
import type { CallOutcome, UserActivityType } from './activities.tables.ts'

/** The planning fields of an activity as they will be stored. */
export interface ActivityShape {
  subject: string | null
  body: string
  dueAt: Date | null
  remindAt: Date | null
  startsAt: Date | null
  endsAt: Date | null
  durationMinutes: number | null
  outcome: CallOutcome | null
  assigneeUserId: string | null
  completed: boolean
}

const bad = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })

/** Fields a kind never has, each with why. */
const FOREIGN: Record<UserActivityType, (keyof ActivityShape)[]> = {
  note: ['dueAt', 'remindAt', 'startsAt', 'endsAt', 'durationMinutes', 'outcome', 'assigneeUserId'],
  task: ['startsAt', 'endsAt', 'outcome'],
  call: ['startsAt', 'endsAt'],
  meeting: ['dueAt', 'outcome'],
}

/**
 * Refuses (400, naming the field) what does not fit the kind: a note without text or with a
 * due time, a task without a subject or text, a meeting without a start or ending before it
 * starts, a reminder after the time it reminds of.
 */
export function assertShape(type: UserActivityType, a: ActivityShape): void {
  for (const field of FOREIGN[type]) {
    if (a[field] !== null) throw bad(field, `A ${type} has no ${field}`)
  }
  if (type === 'note' && !a.body.trim()) throw bad('body', 'Write the note')
  if (type === 'note' && a.completed) throw bad('completed', 'A note is not something to complete')
  if (type === 'task' && !a.subject?.trim() && !a.body.trim()) throw bad('subject', 'Say what is to be done')
  if (type === 'meeting' && !a.startsAt) throw bad('startsAt', 'Say when the meeting starts')
  if (a.startsAt && a.endsAt && a.endsAt <= a.startsAt)
    throw bad('endsAt', 'The meeting must end after it starts')
  const anchor = type === 'meeting' ? a.startsAt : a.dueAt
  if (a.remindAt && anchor && a.remindAt > anchor) {
    const what = type === 'meeting' ? 'start' : 'due time'
    throw bad('remindAt', `The reminder must not be after the ${what}`)
  }
}
