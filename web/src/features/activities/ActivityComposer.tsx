import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type Activity, announceLogged, createActivity, type RecordRef } from './activities-api.ts'
import {
  buildBody,
  type Draft,
  emptyDraft,
  fieldErrors,
  KINDS,
  type Kind,
  type SetDraftField,
  withTemplate,
} from './composer-draft.ts'
import { KindFields } from './KindFields.tsx'
import { KindTabs } from './KindTabs.tsx'
import { MentionTextarea } from './MentionTextarea.tsx'
import { PlannedFields } from './PlannedFields.tsx'
import { TemplateSelect } from './TemplateSelect.tsx'
import { useCrmMembers } from './useCrmMembers.ts'
import { useTemplates } from './useTemplates.ts'

export { forgetTemplates } from './useTemplates.ts'

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
  const id = useId()

  const set: SetDraftField = (key, value) => setDraft((d) => ({ ...d, [key]: value }))

  function switchTo(next: Kind) {
    setKind(next)
    setErrors({})
    setFormError('')
    set('templateId', '')
  }

  function applyTemplate(templateId: string) {
    const t = templates.find((x) => x.id === templateId)
    if (!t) return set('templateId', '')
    setDraft((d) => withTemplate(d, kind, t))
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

  const fields = { kind, draft, set, errors, id }
  return (
    <section className="activity-composer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Log activity
      </h2>
      <KindTabs id={id} kind={kind} onSwitch={switchTo} />
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${kind}`}>
        <form className="form activity-composer__form" onSubmit={submit} noValidate>
          {formError && (
            <p role="alert" className="notice notice--error">
              {formError}
            </p>
          )}
          <TemplateSelect
            id={id}
            templates={templates.filter((t) => t.type === kind)}
            value={draft.templateId}
            onChange={applyTemplate}
          />
          <KindFields {...fields} />
          {kind !== 'note' && <PlannedFields {...fields} members={members} />}
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
