import { useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { forgetTemplates } from './ActivityComposer.tsx'
import {
  type ActivityTemplate,
  type CreateActivityTemplateBody,
  createTemplate,
  deleteTemplate,
  listTemplates,
  updateTemplate,
} from './activities-api.ts'
import { ACTIVITY_LABELS } from './activity-format.ts'

type Kind = ActivityTemplate['type']
const KINDS: Kind[] = ['task', 'call', 'meeting', 'note']

interface Draft {
  name: string
  type: Kind
  subject: string
  body: string
  dueInHours: string
  remindBeforeMinutes: string
  durationMinutes: string
}

const EMPTY: Draft = {
  name: '',
  type: 'task',
  subject: '',
  body: '',
  dueInHours: '',
  remindBeforeMinutes: '',
  durationMinutes: '',
}

const toDraft = (t: ActivityTemplate): Draft => ({
  name: t.name,
  type: t.type,
  subject: t.subject ?? '',
  body: t.body,
  dueInHours: t.dueInMinutes === null ? '' : String(t.dueInMinutes / 60),
  remindBeforeMinutes: t.remindBeforeMinutes === null ? '' : String(t.remindBeforeMinutes),
  durationMinutes: t.durationMinutes === null ? '' : String(t.durationMinutes),
})

const num = (v: string, scale = 1) => (v.trim() === '' ? null : Math.round(Number(v) * scale))

function toBody(d: Draft): CreateActivityTemplateBody {
  return {
    name: d.name.trim(),
    type: d.type,
    subject: d.subject.trim() || null,
    body: d.body,
    dueInMinutes: num(d.dueInHours, 60),
    remindBeforeMinutes: num(d.remindBeforeMinutes),
    durationMinutes: num(d.durationMinutes),
  }
}

function describe(t: ActivityTemplate): string {
  return [
    ACTIVITY_LABELS[t.type],
    t.dueInMinutes === null ? '' : `due after ${t.dueInMinutes / 60} h`,
    t.remindBeforeMinutes === null ? '' : `reminder ${t.remindBeforeMinutes} min before`,
    t.durationMinutes === null ? '' : `${t.durationMinutes} min`,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** Settings: the routine next steps people start activities from. */
export function TemplatesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const { data, setData, error, reload } = useResource(listTemplates, onSessionExpired)
  const [editing, setEditing] = useState<ActivityTemplate | null>(null)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const canManage = session.permissions.includes('crm.manage')

  function saved(t: ActivityTemplate, created: boolean) {
    forgetTemplates()
    setData((d) => {
      const items = created ? [...(d?.items ?? []), t] : (d?.items ?? []).map((x) => (x.id === t.id ? t : x))
      return { items: items.sort((a, b) => a.name.localeCompare(b.name)) }
    })
    setEditing(null)
    setStatus(`Template “${t.name}” ${created ? 'added' : 'saved'}.`)
  }

  async function remove(t: ActivityTemplate): Promise<boolean> {
    setActionError('')
    try {
      await deleteTemplate(t.id)
      forgetTemplates()
      setData((d) => ({ items: (d?.items ?? []).filter((x) => x.id !== t.id) }))
      setStatus(`Template “${t.name}” deleted.`)
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setActionError(messageOf(cause))
      return false
    }
  }

  return (
    <div className="templates-page">
      <div className="page-header">
        <h1 tabIndex={-1}>Activity templates</h1>
      </div>
      <p className="muted">
        A template fills in a new task, call, meeting or note: its subject and text, when it falls due, when
        to remind and how long it takes.
      </p>
      <ActionOutcome status={status} error={actionError} />
      {error && <LoadError onRetry={reload}>Could not load the templates. {error}</LoadError>}
      {data === null && !error && (
        <p role="status" className="muted">
          Loading templates…
        </p>
      )}
      {data && data.items.length === 0 && <p className="empty-state">No templates yet.</p>}
      {data && data.items.length > 0 && (
        <ul className="template-list">
          {data.items.map((t) => (
            <li key={t.id} className="template-list__item">
              <div>
                <p className="template-list__name">{t.name}</p>
                <p className="muted">{describe(t)}</p>
              </div>
              {canManage && (
                <div className="template-list__actions">
                  <button type="button" className="button" onClick={() => setEditing(t)}>
                    Edit<span className="visually-hidden"> {t.name}</span>
                  </button>
                  <ConfirmButton
                    question={`Delete the template “${t.name}”?`}
                    confirmLabel="Delete"
                    onConfirm={() => remove(t)}
                  >
                    Delete<span className="visually-hidden"> {t.name}</span>
                  </ConfirmButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <TemplateForm
          key={editing?.id ?? 'new'}
          template={editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
          onSessionExpired={onSessionExpired}
        />
      )}
    </div>
  )
}

function TemplateForm({
  template,
  onSaved,
  onCancel,
  onSessionExpired,
}: {
  template: ActivityTemplate | null
  onSaved: (t: ActivityTemplate, created: boolean) => void
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const [draft, setDraft] = useState<Draft>(template ? toDraft(template) : EMPTY)
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const id = useId()
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }))
  const fieldError = (name: string) => problem?.fieldError(name)

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setError('')
    setProblem(null)
    try {
      const body = toBody(draft)
      const t = template ? await updateTemplate(template.id, body) : await createTemplate(body)
      onSaved(t, !template)
      if (!template) setDraft(EMPTY)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else {
        setError(messageOf(cause))
        if (cause instanceof ApiProblem) setProblem(cause)
      }
    } finally {
      setPending(false)
    }
  }

  return (
    <section className="template-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {template ? `Edit “${template.name}”` : 'New template'}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <TextField
          label="Name"
          required
          maxLength={100}
          value={draft.name}
          error={fieldError('name')}
          onChange={(e) => set('name', e.target.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-type`}>Kind</label>
          <select id={`${id}-type`} value={draft.type} onChange={(e) => set('type', e.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTIVITY_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Subject"
          maxLength={200}
          value={draft.subject}
          error={fieldError('subject')}
          onChange={(e) => set('subject', e.target.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-body`}>Text</label>
          <textarea
            id={`${id}-body`}
            rows={3}
            value={draft.body}
            onChange={(e) => set('body', e.target.value)}
          />
        </div>
        {draft.type !== 'note' && (
          <div className="activity-composer__row">
            <TextField
              label={draft.type === 'meeting' ? 'Starts after (hours)' : 'Due after (hours)'}
              type="number"
              min={0}
              step="any"
              value={draft.dueInHours}
              error={fieldError('dueInMinutes')}
              onChange={(e) => set('dueInHours', e.target.value)}
            />
            <TextField
              label="Remind before (minutes)"
              type="number"
              min={0}
              value={draft.remindBeforeMinutes}
              error={fieldError('remindBeforeMinutes')}
              onChange={(e) => set('remindBeforeMinutes', e.target.value)}
            />
            <TextField
              label="Duration (minutes)"
              type="number"
              min={0}
              value={draft.durationMinutes}
              error={fieldError('durationMinutes')}
              onChange={(e) => set('durationMinutes', e.target.value)}
            />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            {template ? 'Save template' : 'Add template'}
          </button>
          {template && (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
