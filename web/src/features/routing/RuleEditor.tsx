import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiProblem } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import { CheckList, type Option } from './CheckList.tsx'
import type { RoutingRule, RuleAction, RuleDraft, RuleMatch } from './routing-api.ts'
import { type LeadSourceKind, SOURCE_LABELS } from './rule-words.ts'

export interface RuleOptions {
  branches: Option[]
  members: Option[]
  sources: Option[]
}

type ActionType = RuleAction['type']
const SOURCE_OPTIONS = Object.entries(SOURCE_LABELS).map(([id, label]) => ({ id, label }))

/** A rule's conditions and action. Saving resolves true when the server took it. */
export function RuleEditor({
  rule,
  options,
  onSave,
  onCancel,
}: {
  rule: RoutingRule | null
  options: RuleOptions
  onSave: (draft: RuleDraft) => Promise<void>
  onCancel: () => void
}) {
  const id = useId()
  const errorRef = useRef<HTMLParagraphElement>(null)
  const action = rule?.action
  const [name, setName] = useState(rule?.name ?? '')
  const [sources, setSources] = useState<string[]>(rule?.match.sources ?? [])
  const [sourceIds, setSourceIds] = useState<string[]>(rule?.match.sourceIds ?? [])
  const [branchIds, setBranchIds] = useState<string[]>(rule?.match.branchIds ?? [])
  const [branchHours, setBranchHours] = useState<'' | 'open' | 'closed'>(rule?.match.branchHours ?? '')
  const [actionType, setActionType] = useState<ActionType>(action?.type ?? 'branch_round_robin')
  const [userId, setUserId] = useState(
    action?.type === 'user' ? action.userId : (options.members[0]?.id ?? ''),
  )
  const [userIds, setUserIds] = useState<string[]>(action?.type === 'round_robin' ? action.userIds : [])
  const [respectShifts, setRespectShifts] = useState(rule?.respectShifts ?? true)
  const [enabled, setEnabled] = useState(rule?.enabled ?? true)
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null)

  const fieldError = (path: string) => problem?.fields[path]

  function draft(): RuleDraft {
    const match: RuleMatch = {
      ...(sources.length && { sources: sources as LeadSourceKind[] }),
      ...(sourceIds.length && { sourceIds }),
      ...(rule?.match.formIds?.length && { formIds: rule.match.formIds }),
      ...(branchIds.length && { branchIds }),
      ...(branchHours && { branchHours }),
    }
    const chosen: RuleAction =
      actionType === 'user'
        ? { type: 'user', userId }
        : actionType === 'round_robin'
          ? { type: 'round_robin', userIds }
          : { type: 'branch_round_robin' }
    return { name, match, action: chosen, respectShifts, enabled }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const local: Record<string, string> = {}
    if (!name.trim()) local.name = 'Name the rule'
    if (actionType === 'round_robin' && userIds.length === 0)
      local['action.userIds'] = 'Pick at least one member'
    if (actionType === 'user' && !userId) local['action.userId'] = 'Pick a member'
    if (Object.keys(local).length) {
      setProblem({ message: 'Check the highlighted fields.', fields: local })
      errorRef.current?.focus()
      return
    }
    setPending(true)
    setProblem(null)
    try {
      await onSave(draft())
    } catch (cause) {
      const fields = Object.fromEntries(
        (cause instanceof ApiProblem ? (cause.problem.errors ?? []) : []).map((e) => [e.path, e.message]),
      )
      setProblem({ message: messageOf(cause), fields })
      errorRef.current?.focus()
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form routing-editor" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{rule ? `Edit “${rule.name}”` : 'New rule'}</h2>
      <p ref={errorRef} tabIndex={-1} role="alert" className="form-error">
        {problem?.message}
      </p>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        required
        error={fieldError('name')}
      />
      <h3>Which leads</h3>
      <p className="muted">Leave a group empty to take every lead in it.</p>
      <CheckList
        legend="Sources"
        options={SOURCE_OPTIONS}
        value={sources}
        onChange={setSources}
        error={fieldError('match.sources')}
      />
      {options.sources.length > 0 && (
        <CheckList
          legend="Connected sources"
          options={options.sources}
          value={sourceIds}
          onChange={setSourceIds}
          error={fieldError('match.sourceIds')}
        />
      )}
      <CheckList
        legend="Branches"
        options={options.branches}
        value={branchIds}
        onChange={setBranchIds}
        error={fieldError('match.branchIds')}
      />
      <div className="field">
        <label htmlFor={`${id}-hours`}>Branch hours</label>
        <select
          id={`${id}-hours`}
          value={branchHours}
          onChange={(e) => setBranchHours(e.target.value as typeof branchHours)}
        >
          <option value="">Any time</option>
          <option value="open">Only while the branch is open</option>
          <option value="closed">Only while the branch is closed</option>
        </select>
      </div>
      {rule?.match.formIds?.length ? (
        <p className="muted">Also limited to {rule.match.formIds.length} form(s), kept as they are.</p>
      ) : null}
      <h3>Who gets them</h3>
      <fieldset className="routing-choice">
        <legend className="routing-legend">Assign to</legend>
        {(
          [
            ['branch_round_robin', "The branch's agents and managers, in turn"],
            ['round_robin', 'Chosen members, in turn'],
            ['user', 'One member'],
          ] as const
        ).map(([type, label]) => (
          <div key={type} className="checkbox">
            <input
              type="radio"
              id={`${id}-${type}`}
              name={`${id}-action`}
              checked={actionType === type}
              onChange={() => setActionType(type)}
            />
            <label htmlFor={`${id}-${type}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {actionType === 'user' && (
        <div className="field">
          <label htmlFor={`${id}-user`}>Member</label>
          <select
            id={`${id}-user`}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            aria-invalid={fieldError('action.userId') ? true : undefined}
            aria-describedby={fieldError('action.userId') ? `${id}-user-error` : undefined}
          >
            {options.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          {fieldError('action.userId') && (
            <p id={`${id}-user-error`} className="field-error">
              {fieldError('action.userId')}
            </p>
          )}
        </div>
      )}
      {actionType === 'round_robin' && (
        <CheckList
          legend="Members"
          options={options.members}
          value={userIds}
          onChange={setUserIds}
          error={fieldError('action.userIds')}
        />
      )}
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-shifts`}
          checked={respectShifts}
          onChange={(e) => setRespectShifts(e.target.checked)}
        />
        <label htmlFor={`${id}-shifts`}>
          Skip members who are off shift{' '}
          <span className="muted">(members who set themselves away are always skipped)</span>
        </label>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-enabled`}
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <label htmlFor={`${id}-enabled`}>Rule is on</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          {pending ? 'Saving…' : rule ? 'Save rule' : 'Add rule'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
