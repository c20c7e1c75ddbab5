// A funnel being edited: its steps with stable keys (so focus and React state follow a step
// when it moves), the suggested first funnel, and the labels of step kinds. Pure.
import type { ActionType } from '../../../../../worker/modules/analytics/analytics.tables.ts'
import type { Funnel, FunnelInput, FunnelStep } from './funnels-api.ts'

export const MIN_STEPS = 2
export const MAX_STEPS = 8

export type StepKind = FunnelStep['kind']

export const KIND_LABELS: Record<StepKind, string> = {
  scan: 'QR code scan',
  view: 'Page view',
  action: 'Action on the page',
  lead: 'Lead sent',
}

/** The actions as steps name them (one event each, unlike the overview's plural totals). */
export const STEP_ACTION_LABELS: Record<ActionType, string> = {
  call: 'Call tap',
  whatsapp: 'WhatsApp click',
  email: 'E-mail tap',
  directions: 'Directions tap',
  save_contact: 'Contact saved',
  section_view: 'Section viewed',
  outbound: 'Outbound link click',
  form_start: 'Form started',
  form_submit: 'Form sent',
}

const DEFAULT_LABELS: Record<StepKind, string> = { scan: 'Scan', view: 'View', action: '', lead: 'Lead' }

export interface DraftStep extends FunnelStep {
  key: number
}

export interface FunnelDraft {
  name: string
  steps: DraftStep[]
}

let nextKey = 1
const keyed = (step: FunnelStep): DraftStep => ({ ...step, key: nextKey++ })

/** The label a step gets when it has not been given one of its own. */
export const defaultLabel = (step: Pick<FunnelStep, 'kind' | 'action'>) =>
  step.kind === 'action' ? STEP_ACTION_LABELS[step.action ?? 'whatsapp'] : DEFAULT_LABELS[step.kind]

/** Scan → View → WhatsApp click → Lead: the journey most branches care about first. */
export const SUGGESTED_FUNNEL: FunnelInput = {
  name: 'Scan to lead',
  steps: [
    { kind: 'scan', label: 'Scan' },
    { kind: 'view', label: 'View' },
    { kind: 'action', action: 'whatsapp', label: 'WhatsApp click' },
    { kind: 'lead', label: 'Lead' },
  ],
}

const BLANK_FUNNEL: FunnelInput = {
  name: '',
  steps: [
    { kind: 'view', label: 'View' },
    { kind: 'lead', label: 'Lead' },
  ],
}

/** A funnel to edit: the stored one, the suggestion when there is none yet, else a short start. */
export function draftOf(funnel: Funnel | null, isFirst: boolean): FunnelDraft {
  const source = funnel ?? (isFirst ? SUGGESTED_FUNNEL : BLANK_FUNNEL)
  return { name: source.name, steps: source.steps.map(keyed) }
}

/** What the API takes: no keys, and an action only on action steps. */
export function inputOf(draft: FunnelDraft): FunnelInput {
  return {
    name: draft.name,
    steps: draft.steps.map(({ kind, action, label }) =>
      kind === 'action' ? { kind, action: action ?? 'whatsapp', label } : { kind, label },
    ),
  }
}

export const newStep = (): DraftStep => keyed({ kind: 'view', label: 'View' })

/** The step with a new kind or action; a label still at its old default follows the change. */
export function changeStep(step: DraftStep, kind: StepKind, action?: ActionType): DraftStep {
  const next: DraftStep = {
    ...step,
    kind,
    action: kind === 'action' ? (action ?? step.action ?? 'whatsapp') : undefined,
  }
  const untouched = step.label.trim() === '' || step.label === defaultLabel(step)
  return untouched ? { ...next, label: defaultLabel(next) } : next
}

/** The steps with the one at `from` moved to `to` (both in range). */
export function moveStep(steps: readonly DraftStep[], from: number, to: number): DraftStep[] {
  const next = [...steps]
  const [moved] = next.splice(from, 1)
  if (moved) next.splice(to, 0, moved)
  return next
}
