import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import {
  type Activity,
  type ActivityTemplate,
  announceLogged,
  type CreateActivityBody,
  createActivity,
  listTemplates,
  type RecordRef,
} from './activities-api.ts'
import { fromLocalInput, OUTCOME_LABELS, toLocalInput } from './activity-format.ts'
import { MentionTextarea } from './MentionTextarea.tsx'
import { NO_REMINDER, type ReminderChoice, ReminderPicker, reminderAt } from './ReminderPicker.tsx'
import { useCrmMembers } from './useCrmMembers.ts'

type Kind = CreateActivityBody['type']
type Outcome = NonNullable<Activity['outcome']>

const KINDS: { id: Kind; label: string }[] = [
  { id: 'note', label: 'Note' },
  { id: 'call', label: 'Call' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'task', label: 'Task' },
]

interface Draft {
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

const emptyDraft = (): Draft => ({
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

type ComposerProps = RecordRef & {
  onLogged?: (activity: Activity) => void
  onSessionExpired?: () => void
}

/**
 * Logs a note, call, meeting or task about a contact, company or deal: tabs for the kind, a
 * template to start from, @mentions of members in the text, a due time, an assignee and a
 * reminder. Open timelines of the same record reload when it is saved.
 */
export function ActivityComposer({ onLogged, onSessionExpired, ...about }: ComposerProps) {
  const [kind, setKind] = useState<Kind>('note')
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [status, setStatus] = useState('')
  const [pending, setPending] = useState(false)
  const members = useCrmMembers(onSessionExpired)
  const templates = useTemplates(onSessionExpired)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const id = useId()

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  function switchTo(next: Kind, focus = false) {
    setKind(next)
    setErrors({})
    setFormError('')
    set('templateId', '')
    if (focus) tabs.current[KINDS.findIndex((k) => k.id === next)]?.focus()
  }

  function onTabKey(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    let to: number | null = step === undefined ? null : (index + step + KINDS.length) % KINDS.length
    if (event.key === 'Home') to = 0
    if (event.key === 'End') to = KINDS.length - 1
    const next = to === null ? undefined : KINDS[to]
    if (!next) return
    event.preventDefault()
    switchTo(next.id, true)
  }

  function applyTemplate(templateId: string) {
    const t = templates.find((x) => x.id === templateId)
    if (!t) return set('templateId', '')
    const due =
      t.dueInMinutes === null
        ? ''
        : toLocalInput(new Date(Date.now() + t.dueInMinutes * 60_000).toISOString())
    setDraft((d) => ({
      ...d,
      templateId,
      subject: t.subject ?? d.subject,
      body: t.body || d.body,
      duration: t.durationMinutes === null ? d.duration : String(t.durationMinutes),
      due: kind === 'meeting' ? d.due : due || d.due,
      starts: kind === 'meeting' ? due || d.starts : d.starts,
      reminder:
        t.remindBeforeMinutes === null ? d.reminder : { kind: 'before', minutes: t.remindBeforeMinutes },
    }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const built = buildBody(kind, draft, about)
    setErrors(built.errors)
    setFormError('')
    setStatus('')
    if (!built.body) return
    setPending(true)
    try {
      const activity = await createActivity(built.body)
      setDraft(emptyDraft())
      setStatus(`${KINDS.find((k) => k.id === kind)?.label ?? 'Activity'} saved.`)
      announceLogged(activity)
      onLogged?.(activity)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired?.()
      else {
        setFormError(messageOf(cause))
        if (cause instanceof ApiProblem) setErrors(fieldErrors(cause))
      }
    } finally {
      setPending(false)
    }
  }

  const ofKind = templates.filter((t) => t.type === kind)
  const planned = kind !== 'note'
  return (
    <section className="activity-composer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Log activity
      </h2>
      <div role="tablist" aria-label="Kind of activity" className="pane-tabs__list">
        {KINDS.map((k, index) => (
          <button
            key={k.id}
            ref={(el) => {
              tabs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${k.id}`}
            aria-selected={k.id === kind}
            aria-controls={`${id}-panel`}
            tabIndex={k.id === kind ? 0 : -1}
            className="pane-tabs__tab"
            onClick={() => switchTo(k.id)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {k.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${kind}`}>
        <form className="form activity-composer__form" onSubmit={submit} noValidate>
          {formError && (
            <p role="alert" className="notice notice--error">
              {formError}
            </p>
          )}
          {ofKind.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-template`}>Start from a template</label>
              <select
                id={`${id}-template`}
                value={draft.templateId}
                onChange={(e) => applyTemplate(e.target.value)}
              >
                <option value="">No template</option>
                {ofKind.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {kind !== 'note' && (
            <TextField
              label={kind === 'task' ? 'What to do' : 'Subject'}
              value={draft.subject}
              maxLength={200}
              required={kind === 'task'}
              error={errors.subject}
              onChange={(e) => set('subject', e.target.value)}
            />
          )}
          {kind === 'call' && <CallFields draft={draft} set={set} errors={errors} id={id} />}
          {kind === 'meeting' && (
            <>
              <TextField
                label="Starts"
                type="datetime-local"
                required
                value={draft.starts}
                error={errors.startsAt}
                onChange={(e) => set('starts', e.target.value)}
              />
              <TextField
                label="Ends"
                type="datetime-local"
                value={draft.ends}
                error={errors.endsAt}
                onChange={(e) => set('ends', e.target.value)}
              />
            </>
          )}
          {(kind === 'task' || kind === 'call') && (
            <TextField
              label={kind === 'call' ? 'Follow up by' : 'Due'}
              hint={kind === 'call' ? 'Leave empty when nothing is left to do' : undefined}
              type="datetime-local"
              value={draft.due}
              error={errors.dueAt}
              onChange={(e) => set('due', e.target.value)}
            />
          )}
          {planned && (
            <>
              <div className="field">
                <label htmlFor={`${id}-assignee`}>Assigned to</label>
                <select
                  id={`${id}-assignee`}
                  value={draft.assignee ?? members.me}
                  aria-invalid={errors.assigneeUserId ? true : undefined}
                  onChange={(e) => set('assignee', e.target.value)}
                >
                  <option value="">Nobody</option>
                  {members.assignable.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.userId === members.me ? `${m.name} (me)` : m.name}
                    </option>
                  ))}
                </select>
                {errors.assigneeUserId && <p className="field-error">{errors.assigneeUserId}</p>}
              </div>
              <ReminderPicker
                value={draft.reminder}
                onChange={(r) => set('reminder', r)}
                error={errors.remindAt}
                relativeTo={kind === 'meeting' ? 'start' : 'due time'}
              />
            </>
          )}
          <MentionTextarea
            label={kind === 'note' ? 'Note' : 'Notes'}
            hint="Type @ to mention a member; they are told."
            value={draft.body}
            required={kind === 'note'}
            error={errors.body ?? errors.mentions}
            members={members.members}
            onChange={(v) => set('body', v)}
            onMention={(m) =>
              setDraft((d) => ({ ...d, mentions: new Map(d.mentions).set(m.userId, m.name) }))
            }
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" aria-disabled={pending}>
              {pending ? 'Saving…' : `Save ${kind}`}
            </button>
          </div>
          <p role="status" className="muted">
            {status}
          </p>
        </form>
      </div>
    </section>
  )
}

function CallFields({
  draft,
  set,
  errors,
  id,
}: {
  draft: Draft
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void
  errors: Record<string, string>
  id: string
}) {
  return (
    <div className="activity-composer__row">
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select
          id={`${id}-outcome`}
          value={draft.outcome}
          onChange={(e) => set('outcome', e.target.value as Outcome | '')}
        >
          <option value="">Not said</option>
          {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Minutes"
        type="number"
        inputMode="numeric"
        min={0}
        value={draft.duration}
        error={errors.durationMinutes}
        onChange={(e) => set('duration', e.target.value)}
      />
    </div>
  )
}

/** The request for a draft, or the problems that keep it from being sent. */
function buildBody(
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

function fieldErrors(problem: ApiProblem): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of problem.problem.errors ?? []) {
    const key = e.path.split(/[./]/).filter(Boolean)[0]
    if (key && !out[key]) out[key] = e.message
  }
  return out
}

// One fetch per page load, shared by every composer on the screen.
let sharedTemplates: Promise<ActivityTemplate[]> | null = null

function useTemplates(onSessionExpired?: () => void): ActivityTemplate[] {
  const [list, setList] = useState<ActivityTemplate[]>([])
  useEffect(() => {
    let live = true
    sharedTemplates ??= listTemplates().then((l) => l.items)
    sharedTemplates.then(
      (items) => live && setList(items),
      (cause: unknown) => {
        sharedTemplates = null
        if (live && isUnauthorized(cause)) onSessionExpired?.()
      },
    )
    return () => {
      live = false
    }
  }, [onSessionExpired])
  return list
}

/** Forgets the cached templates after the settings screen changed them. */
export function forgetTemplates() {
  sharedTemplates = null
}
