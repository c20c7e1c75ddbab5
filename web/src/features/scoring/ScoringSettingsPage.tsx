import { useCallback, useMemo, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { useResource } from '../../app/useResource.ts'
import { listCrmFields } from '../crm-fields/crm-fields-api.ts'
import { fitFields } from './fit-fields.ts'
import { RecomputePanel } from './RecomputePanel.tsx'
import { RuleDialog } from './RuleDialog.tsx'
import { RulesList } from './RulesList.tsx'
import { addSuggestedRules, listScoringRules, type ScoringRule } from './scoring-api.ts'

const loadFields = (signal?: AbortSignal) =>
  Promise.all([listCrmFields('contact', signal), listCrmFields('company', signal)]).then(
    ([contact, company]) => fitFields(contact, company),
  )

/**
 * /settings/scoring: the rules that make a contact's 0–100 lead score, each with its points,
 * kind and an on/off switch; a dialog to add or edit one; the suggested starter set for an
 * organisation without rules; and "Recompute now" with its progress.
 */
export function ScoringSettingsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const canManage = session.permissions.includes('crm.manage')
  const rules = useResource(listScoringRules, onSessionExpired)
  const fields = useResource(loadFields, onSessionExpired)
  const [editing, setEditing] = useState<ScoringRule | 'new' | null>(null)
  const { status, error, pending, act } = useAction(onSessionExpired)
  const fitChoices = useMemo(() => fields.data ?? fitFields([], []), [fields.data])

  const saved = useCallback(
    (rule: ScoringRule) => {
      rules.setData((current) => {
        const list = current ?? []
        return list.some((r) => r.id === rule.id)
          ? list.map((r) => (r.id === rule.id ? rule : r))
          : [...list, rule]
      })
    },
    [rules],
  )

  if (!canManage)
    return (
      <>
        <h1 tabIndex={-1}>Lead scoring</h1>
        <p className="notice">Only owners and admins change the scoring rules.</p>
      </>
    )

  return (
    <>
      <h1 tabIndex={-1}>Lead scoring</h1>
      <p className="muted">
        Each contact gets a score from 0 to 100: the points of the rules it meets, added up. Contacts show
        their score with the reasons. Changes apply at the next recompute: after each new lead, every night,
        or now.
      </p>
      <RecomputePanel onSessionExpired={onSessionExpired} />
      {rules.error && <LoadError onRetry={rules.reload}>Could not load the rules. {rules.error}</LoadError>}
      <p role="status" className="muted">
        {rules.data === null && !rules.error ? 'Loading rules…' : ''}
      </p>
      <ActionOutcome status={status} error={error} />
      {rules.data?.length === 0 && (
        <div className="empty-state">
          <p>No rules yet, so every contact scores 0. Start from a suggested set and adjust it.</p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={pending}
            onClick={() =>
              void act(async () => {
                const added = await addSuggestedRules()
                rules.setData(added)
                return `${added.length} suggested rules added`
              })
            }
          >
            Use suggested rules
          </button>
        </div>
      )}
      {rules.data && rules.data.length > 0 && (
        <RulesList
          rules={rules.data}
          onEdit={setEditing}
          onChanged={(update) => rules.setData((current) => update(current ?? []))}
          act={act}
        />
      )}
      <p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add a rule
        </button>
      </p>
      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          fields={fitChoices}
          onSaved={saved}
          onClose={() => setEditing(null)}
          onSessionExpired={onSessionExpired}
        />
      )}
    </>
  )
}
