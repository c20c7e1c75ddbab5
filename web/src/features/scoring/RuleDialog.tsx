import { type FormEvent, useId, useState } from 'react'
import { FormDialog, useFormDialog } from '../../app/components/FormDialog.tsx'
import { ConditionFields } from './ConditionFields.tsx'
import type { FitField } from './fit-fields.ts'
import { draftOf, type RuleDraft, ruleOf } from './rule-draft.ts'
import { KIND_HINTS, KIND_LABELS } from './rule-format.ts'
import { createScoringRule, type RuleKind, type ScoringRule, updateScoringRule } from './scoring-api.ts'

interface RuleDialogProps {
  /** The rule to edit, or null to add one. */
  rule: ScoringRule | null
  fields: readonly FitField[]
  onSaved: (rule: ScoringRule) => void
  onClose: () => void
  onSessionExpired: () => void
}

/**
 * Adds or edits a rule in a modal dialog: the browser keeps focus inside it, Escape closes it
 * and focus goes back to the button that opened it (the caller keeps that button mounted).
 */
export function RuleDialog({ rule, fields, onSaved, onClose, onSessionExpired }: RuleDialogProps) {
  const id = useId()
  const dialog = useFormDialog(onSessionExpired)
  const { fieldError } = dialog
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(rule))
  const change = (changes: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...changes }))

  function save(event: FormEvent) {
    event.preventDefault()
    void dialog.submit(async () => {
      const body = ruleOf(draft, fields)
      onSaved(rule ? await updateScoringRule(rule.id, body) : await createScoringRule(body))
    })
  }

  return (
    <FormDialog
      state={dialog}
      className="scoring-dialog"
      title={rule ? 'Edit rule' : 'Add a rule'}
      saveLabel={rule ? 'Save rule' : 'Add rule'}
      actionsClassName="scoring-dialog__actions"
      onSubmit={save}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-label`}>Name</label>
        <input
          id={`${id}-label`}
          value={draft.label}
          maxLength={80}
          required
          aria-invalid={fieldError('label') ? true : undefined}
          onChange={(e) => change({ label: e.currentTarget.value })}
        />
      </div>
      <fieldset className="field-group scoring-kinds">
        <legend>Kind</legend>
        {(Object.keys(KIND_LABELS) as RuleKind[]).map((kind) => (
          <div key={kind} className="checkbox">
            <input
              id={`${id}-kind-${kind}`}
              type="radio"
              name={`${id}-kind`}
              checked={draft.kind === kind}
              aria-describedby={`${id}-kind-${kind}-hint`}
              onChange={() => change({ kind })}
            />
            <label htmlFor={`${id}-kind-${kind}`}>{KIND_LABELS[kind]}</label>
            <span id={`${id}-kind-${kind}-hint`} className="muted">
              {KIND_HINTS[kind]}
            </span>
          </div>
        ))}
      </fieldset>
      <ConditionFields draft={draft} fields={fields} onChange={change} />
      <div className="field">
        <label htmlFor={`${id}-points`}>Points</label>
        <p id={`${id}-points-hint`} className="field-hint muted">
          From −100 to 100; negative to take points away.
        </p>
        <input
          id={`${id}-points`}
          type="number"
          min={-100}
          max={100}
          aria-describedby={`${id}-points-hint`}
          aria-invalid={fieldError('points') ? true : undefined}
          value={draft.points}
          onChange={(e) => change({ points: e.currentTarget.value })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => change({ enabled: e.currentTarget.checked })}
        />
        Enabled
      </label>
    </FormDialog>
  )
}
