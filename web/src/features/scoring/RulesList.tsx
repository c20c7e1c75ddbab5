import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { describeCondition, KIND_LABELS, signedPoints } from './rule-format.ts'
import { deleteScoringRule, type ScoringRule, updateScoringRule } from './scoring-api.ts'

interface RulesListProps {
  rules: ScoringRule[]
  onEdit: (rule: ScoringRule) => void
  /** Changes the shown list from its current value. */
  onChanged: (update: (current: ScoringRule[]) => ScoringRule[]) => void
  /** Runs one change, announcing how it went (useAction). */
  act: (run: () => Promise<string>) => Promise<boolean>
}

/** The rules in order: what each tests, its kind, its points, on or off, and its actions. */
export function RulesList({ rules, onEdit, onChanged, act }: RulesListProps) {
  const replace = (rule: ScoringRule) =>
    onChanged((current) => current.map((r) => (r.id === rule.id ? rule : r)))

  // Switched at once (the box is the person's own action), and back if the server refuses.
  const toggle = (rule: ScoringRule, enabled: boolean) =>
    act(async () => {
      replace({ ...rule, enabled })
      try {
        replace(await updateScoringRule(rule.id, { enabled }))
      } catch (cause) {
        replace(rule)
        throw cause
      }
      return `${rule.label} ${enabled ? 'switched on' : 'switched off'}`
    })

  const move = (index: number, by: -1 | 1) =>
    act(async () => {
      const rule = rules[index]
      if (!rule) return ''
      await updateScoringRule(rule.id, { position: index + by })
      onChanged((current) => {
        const next = current.filter((r) => r.id !== rule.id)
        next.splice(index + by, 0, rule)
        return next.map((r, position) => ({ ...r, position }))
      })
      return `${rule.label} moved ${by < 0 ? 'up' : 'down'}`
    })

  const remove = (rule: ScoringRule) =>
    act(async () => {
      await deleteScoringRule(rule.id)
      onChanged((current) => current.filter((r) => r.id !== rule.id))
      return `${rule.label} removed`
    })

  return (
    <ScrollTable
      caption="Scoring rules"
      className="data-table scoring-rules"
      columns={['Rule', 'Kind', 'Points', 'On', { hidden: 'Actions' }]}
    >
      {rules.map((rule, index) => (
        <tr key={rule.id} data-enabled={rule.enabled}>
          <th scope="row">
            <span className="scoring-rules__label">{rule.label}</span>
            <span className="muted scoring-rules__condition">{describeCondition(rule.condition)}</span>
          </th>
          <td>
            <span className="scoring-chip" data-kind={rule.condition.kind}>
              {KIND_LABELS[rule.condition.kind]}
            </span>
          </td>
          <td className="scoring-rules__points" data-sign={rule.points < 0 ? 'minus' : 'plus'}>
            {signedPoints(rule.points)}
          </td>
          <td>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={rule.enabled}
                onChange={(e) => void toggle(rule, e.currentTarget.checked)}
              />
              <span className="visually-hidden">Use {rule.label}</span>
            </label>
          </td>
          <td>
            <div className="row-actions">
              <button type="button" className="button button--quiet" onClick={() => onEdit(rule)}>
                Edit<span className="visually-hidden"> {rule.label}</span>
              </button>
              {index > 0 && (
                <button type="button" className="button button--quiet" onClick={() => void move(index, -1)}>
                  Up<span className="visually-hidden">: move {rule.label} up</span>
                </button>
              )}
              {index < rules.length - 1 && (
                <button type="button" className="button button--quiet" onClick={() => void move(index, 1)}>
                  Down<span className="visually-hidden">: move {rule.label} down</span>
                </button>
              )}
              <ConfirmButton
                onConfirm={() => remove(rule)}
                question={`Remove the rule ${rule.label}?`}
                confirmLabel="Remove rule"
              >
                Remove<span className="visually-hidden"> {rule.label}</span>
              </ConfirmButton>
            </div>
          </td>
        </tr>
      ))}
    </ScrollTable>
  )
}
