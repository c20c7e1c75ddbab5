import type { FilterOp } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import { type FitField, parseValue, valueToText } from './fit-fields.ts'
import type {
  EngagementSignal,
  RuleKind,
  ScoringCondition,
  ScoringRule,
  ScoringRuleDraft,
} from './scoring-api.ts'

/** The rule dialog's form: every kind's inputs at once, so switching kind keeps what was typed. */
export interface RuleDraft {
  label: string
  kind: RuleKind
  points: string
  enabled: boolean
  sources: string[]
  signal: EngagementSignal
  min: string
  withinDays: string
  field: string
  op: string
  value: string
  halfLifeDays: string
}

export function draftOf(rule: ScoringRule | null): RuleDraft {
  const draft: RuleDraft = {
    label: rule?.label ?? '',
    kind: rule?.condition.kind ?? 'source',
    points: rule ? String(rule.points) : '10',
    enabled: rule?.enabled ?? true,
    sources: ['microsite_form'],
    signal: 'qr_scans',
    min: '1',
    withinDays: '30',
    field: 'jobTitle',
    op: 'contains',
    value: '',
    halfLifeDays: '14',
  }
  const c = rule?.condition
  if (c?.kind === 'source') draft.sources = [...c.sources]
  if (c?.kind === 'engagement')
    Object.assign(draft, {
      signal: c.signal,
      min: String(c.min),
      withinDays: c.withinDays ? String(c.withinDays) : '',
    })
  if (c?.kind === 'fit')
    Object.assign(draft, {
      field: c.condition.field,
      op: c.condition.op,
      value: valueToText(c.condition.value),
    })
  if (c?.kind === 'recency') draft.halfLifeDays = String(c.halfLifeDays)
  return draft
}

const int = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

/** The condition the draft describes; the server checks it (and names what is wrong). */
export function conditionOf(draft: RuleDraft, fields: readonly FitField[]): ScoringCondition {
  switch (draft.kind) {
    case 'source':
      return { kind: 'source', sources: draft.sources }
    case 'engagement':
      return {
        kind: 'engagement',
        signal: draft.signal,
        min: int(draft.min),
        ...(draft.withinDays.trim() ? { withinDays: int(draft.withinDays) } : {}),
      }
    case 'fit': {
      const field = fields.find((f) => f.name === draft.field) ?? {
        name: draft.field,
        label: draft.field,
        kind: 'text',
      }
      const value = parseValue(field, draft.op, draft.value)
      return {
        kind: 'fit',
        condition: {
          field: draft.field,
          op: draft.op as FilterOp,
          ...(value === undefined ? {} : { value }),
        },
      }
    }
    case 'recency':
      return { kind: 'recency', halfLifeDays: int(draft.halfLifeDays) }
  }
}

export const ruleOf = (draft: RuleDraft, fields: readonly FitField[]): ScoringRuleDraft => ({
  label: draft.label.trim(),
  points: int(draft.points),
  enabled: draft.enabled,
  condition: conditionOf(draft, fields),
})
