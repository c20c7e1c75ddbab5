import { type FormEvent, useCallback, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { useCrmMembers } from '../activities/useCrmMembers.ts'
import { describeAutomation } from './automation-format.ts'
import {
  createAutomation,
  deleteAutomation,
  listAutomations,
  type NewAutomation,
  type Stage,
  updateAutomation,
} from './pipelines-api.ts'

type Action = NewAutomation['action']
const ACTION_LABELS: Record<Action, string> = {
  create_task: 'Create a task',
  notify: 'Notify people',
  send_template: 'E-mail the contact',
}

/** What happens when a deal enters `stage`: the list (pause, remove) and a form to add one. */
export function AutomationsEditor({
  stage,
  onSessionExpired,
}: {
  stage: Stage
  onSessionExpired: () => void
}) {
  const fetch = useCallback((signal?: AbortSignal) => listAutomations(stage.id, signal), [stage.id])
  const list = useResource(fetch, onSessionExpired)
  const members = useCrmMembers(onSessionExpired)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function act(run: () => Promise<unknown>, done: string) {
    setError('')
    try {
      await run()
      setStatus(done)
      list.reload()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    }
  }

  return (
    <div className="automations">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {list.error && (
        <LoadError onRetry={list.reload}>Could not load the automations. {list.error}</LoadError>
      )}
      {list.data && list.data.length === 0 && (
        <p className="muted">Nothing happens yet when a deal enters this stage.</p>
      )}
      {list.data && list.data.length > 0 && (
        <ul className="automations__list">
          {list.data.map((a) => (
            <li key={a.id}>
              <span>{describeAutomation(a, members.nameOf)}</span>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={a.enabled}
                  onChange={(e) =>
                    act(
                      () => updateAutomation(a.id, { enabled: e.currentTarget.checked }),
                      e.currentTarget.checked ? 'Automation on.' : 'Automation paused.',
                    )
                  }
                />{' '}
                On
              </label>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => act(() => deleteAutomation(a.id), 'Automation removed.')}
              >
                Remove
                <span className="visually-hidden"> automation: {describeAutomation(a, members.nameOf)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddAutomation
        stage={stage}
        members={members.assignable}
        onAdded={() => {
          setStatus('Automation added.')
          list.reload()
        }}
        onSessionExpired={onSessionExpired}
      />
    </div>
  )
}

interface AddProps {
  stage: Stage
  members: { userId: string; name: string }[]
  onAdded: () => void
  onSessionExpired: () => void
}

function AddAutomation({ stage, members, onAdded, onSessionExpired }: AddProps) {
  const id = useId()
  const [action, setAction] = useState<Action>('create_task')
  const [subject, setSubject] = useState('')
  const [hours, setHours] = useState('24')
  const [assignee, setAssignee] = useState('')
  const [notify, setNotify] = useState<'owner' | 'branch_managers' | 'members'>('owner')
  const [userIds, setUserIds] = useState<string[]>([])
  const [emailSubject, setEmailSubject] = useState('')
  const [emailBody, setEmailBody] = useState('')
  const [error, setError] = useState<ApiProblem | string | null>(null)

  function body(): NewAutomation {
    if (action === 'create_task')
      return {
        action,
        config: {
          subject,
          dueInHours: Number(hours) || 0,
          ...(assignee ? { assigneeUserId: assignee } : {}),
        },
      }
    if (action === 'notify')
      return { action, config: { notify, ...(notify === 'members' ? { userIds } : {}) } }
    return { action, config: { emailSubject, emailBody } }
  }

  async function add(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      await createAutomation(stage.id, body())
      setSubject('')
      setEmailSubject('')
      setEmailBody('')
      onAdded()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    }
  }

  const fieldError = (name: string) => (error instanceof ApiProblem ? error.fieldError(name) : undefined)
  return (
    <form className="form automations__add" onSubmit={add} noValidate>
      <h4 className="automations__title">Add an automation</h4>
      {error && (
        <p role="alert" className="notice notice--error">
          {error instanceof ApiProblem ? error.message : error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-action`}>When a deal enters “{stage.name}”</label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value as Action)}
        >
          {(Object.keys(ACTION_LABELS) as Action[]).map((a) => (
            <option key={a} value={a}>
              {ACTION_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      {action === 'create_task' && (
        <>
          <TextField
            label="Task"
            value={subject}
            maxLength={200}
            error={fieldError('subject')}
            onChange={(e) => setSubject(e.currentTarget.value)}
          />
          <div className="field-pair">
            <TextField
              label="Due after (hours)"
              type="number"
              min={0}
              value={hours}
              error={fieldError('dueInHours')}
              onChange={(e) => setHours(e.currentTarget.value)}
            />
            <div className="field">
              <label htmlFor={`${id}-assignee`}>For</label>
              <select
                id={`${id}-assignee`}
                value={assignee}
                onChange={(e) => setAssignee(e.currentTarget.value)}
              >
                <option value="">The deal's owner</option>
                {members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </>
      )}
      {action === 'notify' && (
        <fieldset className="field-group">
          <legend>Who hears about it</legend>
          {(['owner', 'branch_managers', 'members'] as const).map((n) => (
            <label key={n} className="checkbox">
              <input
                type="radio"
                name={`${id}-notify`}
                checked={notify === n}
                onChange={() => setNotify(n)}
              />{' '}
              {n === 'owner'
                ? "The deal's owner"
                : n === 'branch_managers'
                  ? "The branch's managers"
                  : 'These members:'}
            </label>
          ))}
          {notify === 'members' &&
            members.map((m) => (
              <label key={m.userId} className="checkbox automations__member">
                <input
                  type="checkbox"
                  checked={userIds.includes(m.userId)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked
                    setUserIds((ids) => (on ? [...ids, m.userId] : ids.filter((u) => u !== m.userId)))
                  }}
                />{' '}
                {m.name}
              </label>
            ))}
          {fieldError('userIds') && <p className="field-error">{fieldError('userIds')}</p>}
        </fieldset>
      )}
      {action === 'send_template' && (
        <>
          <TextField
            label="E-mail subject"
            value={emailSubject}
            maxLength={200}
            error={fieldError('emailSubject')}
            onChange={(e) => setEmailSubject(e.currentTarget.value)}
          />
          <div className="field">
            <label htmlFor={`${id}-body`}>E-mail text</label>
            <p id={`${id}-body-hint`} className="field-hint muted">
              Sent only to a contact who agreed to e-mail. {'{{contact.name}}'}, {'{{deal.name}}'} and{' '}
              {'{{stage.name}}'} are filled in.
            </p>
            <textarea
              id={`${id}-body`}
              rows={5}
              maxLength={10000}
              value={emailBody}
              aria-describedby={`${id}-body-hint`}
              aria-invalid={fieldError('emailBody') ? true : undefined}
              onChange={(e) => setEmailBody(e.currentTarget.value)}
            />
          </div>
        </>
      )}
      <button type="submit" className="button">
        Add automation
      </button>
    </form>
  )
}
