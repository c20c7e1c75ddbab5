import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { listBranches } from '../brands/brands-api.ts'
import { RuleEditor, type RuleOptions } from './RuleEditor.tsx'
import {
  createRule,
  deleteRule,
  listConnectedSources,
  listMemberAvailability,
  listRules,
  type RoutingRule,
  type RuleDraft,
  reorderRules,
  updateRule,
} from './routing-api.ts'
import { describeAction, describeMatch, type Names } from './rule-words.ts'

interface Loaded {
  rules: RoutingRule[]
  options: RuleOptions
}

const fetchAll = async (signal?: AbortSignal): Promise<Loaded> => {
  const [rules, members, branches] = await Promise.all([
    listRules(signal),
    listMemberAvailability(signal),
    listBranches({}, signal),
  ])
  // Connected sources only add choices; the screen works without them.
  const sources = await listConnectedSources(signal).catch(() => [])
  return {
    rules,
    options: {
      members: members.map((m) => ({ id: m.userId, label: `${m.name} (${m.role})` })),
      branches: branches.map((b) => ({ id: b.id, label: `${b.name} (${b.brandName})` })),
      sources: sources.map((s) => ({ id: s.id, label: s.name })),
    },
  }
}

const nameIn = (options: { id: string; label: string }[], what: string) => (id: string) =>
  options.find((o) => o.id === id)?.label ?? `a ${what} no longer here`

/** The assignment rules in the order they are tried, each movable by buttons, and their editor. */
export function RoutingPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const { data, setData, error: loadError, reload } = useResource(fetchAll, onSessionExpired)
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const [focusKey, setFocusKey] = useState<string | null>(null)

  useEffect(() => {
    if (!focusKey) return
    document.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus()
    setFocusKey(null)
  }, [focusKey])

  const failed = useCallback(
    (what: string, cause: unknown) => {
      if (isUnauthorized(cause)) onSessionExpired()
      else setActionError(`${what} ${messageOf(cause)}`)
    },
    [onSessionExpired],
  )

  if (loadError) return <LoadError onRetry={reload}>Could not load the routing rules. {loadError}</LoadError>
  if (!data) return <p className="muted">Loading the routing rules…</p>

  const rules = data.rules
  const names: Names = {
    member: nameIn(data.options.members, 'member'),
    branch: nameIn(data.options.branches, 'branch'),
    source: nameIn(data.options.sources, 'source'),
  }
  const setRules = (next: RoutingRule[]) => setData((prev) => (prev ? { ...prev, rules: next } : prev))

  async function save(draft: RuleDraft) {
    const saved = editing && editing !== 'new' ? await updateRule(editing.id, draft) : await createRule(draft)
    setRules(await listRules())
    setEditing(null)
    setActionError('')
    setStatus(`Rule “${saved.name}” saved.`)
    setFocusKey(`${saved.id}:edit`)
  }

  async function move(index: number, by: -1 | 1) {
    const order = rules.map((r) => r.id)
    const [moved] = order.splice(index, 1)
    if (!moved) return
    order.splice(index + by, 0, moved)
    setActionError('')
    try {
      setRules(await reorderRules(order))
      const rule = rules[index]
      setStatus(`Moved “${rule?.name}” to position ${index + by + 1} of ${rules.length}.`)
      const first = index + by === 0
      const last = index + by === rules.length - 1
      setFocusKey(`${moved}:${(by < 0 && !first) || last ? 'up' : 'down'}`)
    } catch (cause) {
      failed('Could not move the rule.', cause)
    }
  }

  async function toggle(rule: RoutingRule) {
    setActionError('')
    try {
      const saved = await updateRule(rule.id, { enabled: !rule.enabled })
      setRules(rules.map((r) => (r.id === saved.id ? saved : r)))
      setStatus(`Rule “${rule.name}” is ${saved.enabled ? 'on' : 'off'}.`)
    } catch (cause) {
      failed('Could not change the rule.', cause)
    }
  }

  async function remove(rule: RoutingRule) {
    setActionError('')
    try {
      await deleteRule(rule.id)
      setRules(rules.filter((r) => r.id !== rule.id))
      setStatus(`Rule “${rule.name}” deleted.`)
      return true
    } catch (cause) {
      failed('Could not delete the rule.', cause)
      return false
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Lead routing</h1>
      </div>
      <p className="muted">
        A lead from a staff card goes to that person when they are available. Every other lead goes through
        these rules from the top: the first that matches it and finds a member who is available (and on shift)
        assigns it. When none does, the lead waits unassigned in the inbox.
      </p>
      <ActionOutcome status={status} error={actionError} />
      {editing === 'new' ? (
        <RuleEditor rule={null} options={data.options} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          Add a rule
        </button>
      )}
      <h2 className="section-title">Rules, first tried first</h2>
      {rules.length === 0 && (
        <div className="empty-state">
          <p>No rules yet: leads other than staff cards’ stay unassigned until someone takes them.</p>
        </div>
      )}
      <ol className="routing-rules">
        {rules.map((rule, index) =>
          editing !== 'new' && editing?.id === rule.id ? (
            <li key={rule.id}>
              <RuleEditor
                rule={rule}
                options={data.options}
                onSave={save}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={rule.id} className="routing-rule" aria-labelledby={`rule-${rule.id}`}>
              <h3 id={`rule-${rule.id}`} className="routing-rule__name">
                <span className="visually-hidden">Rule {index + 1}: </span>
                {rule.name}{' '}
                <span className={rule.enabled ? 'badge' : 'badge badge--muted'}>
                  {rule.enabled ? 'On' : 'Off'}
                </span>
              </h3>
              <p>
                {describeMatch(rule.match, names)} {describeAction(rule.action, names)}
                {rule.respectShifts
                  ? ', skipping anyone away or off shift.'
                  : ', skipping anyone away (shifts ignored).'}
              </p>
              <div className="button-row">
                {index > 0 && (
                  <button
                    type="button"
                    className="button button--quiet"
                    data-focus-key={`${rule.id}:up`}
                    onClick={() => move(index, -1)}
                  >
                    Move up<span className="visually-hidden"> {rule.name}</span>
                  </button>
                )}
                {index < rules.length - 1 && (
                  <button
                    type="button"
                    className="button button--quiet"
                    data-focus-key={`${rule.id}:down`}
                    onClick={() => move(index, 1)}
                  >
                    Move down<span className="visually-hidden"> {rule.name}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="button"
                  data-focus-key={`${rule.id}:edit`}
                  onClick={() => setEditing(rule)}
                >
                  Edit<span className="visually-hidden"> {rule.name}</span>
                </button>
                <button type="button" className="button button--quiet" onClick={() => toggle(rule)}>
                  {rule.enabled ? 'Turn off' : 'Turn on'}
                  <span className="visually-hidden"> {rule.name}</span>
                </button>
                <ConfirmButton
                  question={`Delete the rule “${rule.name}”?`}
                  confirmLabel="Delete rule"
                  onConfirm={() => remove(rule)}
                >
                  Delete<span className="visually-hidden"> {rule.name}</span>
                </ConfirmButton>
              </div>
            </li>
          ),
        )}
      </ol>
    </>
  )
}
