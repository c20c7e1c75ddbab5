import { useEffect, useId, useRef, useState } from 'react'
import type { ActionType } from '../../../../../worker/modules/analytics/analytics.tables.ts'
import {
  changeStep,
  type DraftStep,
  KIND_LABELS,
  MAX_STEPS,
  MIN_STEPS,
  moveStep,
  newStep,
  STEP_ACTION_LABELS,
  type StepKind,
} from './funnel-draft.ts'

const KINDS = Object.keys(KIND_LABELS) as StepKind[]
const ACTIONS = Object.keys(STEP_ACTION_LABELS) as ActionType[]

type Control = 'up' | 'down' | 'kind' | 'add'

/**
 * The funnel's steps in order. Each moves up or down with its buttons (focus stays on the
 * button pressed, now on the step's new place) and the move is read out; removing a step puts
 * focus on the step that takes its place. `errorAt(i, field)` is the server's message.
 */
export function StepsEditor({
  steps,
  onChange,
  errorAt,
}: {
  steps: DraftStep[]
  onChange: (steps: DraftStep[]) => void
  errorAt: (index: number, field: 'label' | 'action' | 'kind') => string | undefined
}) {
  const id = useId()
  const [announcement, setAnnouncement] = useState('')
  const focus = useRef<{ key: number; control: Control } | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const target = focus.current
    if (!target) return
    focus.current = null
    if (target.control === 'add') return addButton.current?.focus()
    document.getElementById(`${id}-${target.key}-${target.control}`)?.focus()
  })

  const update = (index: number, step: DraftStep) => onChange(steps.map((s, i) => (i === index ? step : s)))

  function move(index: number, by: -1 | 1) {
    const to = index + by
    const step = steps[index]
    if (!step || to < 0 || to >= steps.length) return
    focus.current = { key: step.key, control: by < 0 ? 'up' : 'down' }
    onChange(moveStep(steps, index, to))
    setAnnouncement(`${step.label || 'The step'} is now step ${to + 1} of ${steps.length}.`)
  }

  function remove(index: number) {
    const next = steps.filter((_, i) => i !== index)
    const successor = next[Math.min(index, next.length - 1)]
    focus.current = successor ? { key: successor.key, control: 'kind' } : { key: 0, control: 'add' }
    onChange(next)
    setAnnouncement(`Removed step ${index + 1}, ${steps[index]?.label ?? ''}. ${next.length} steps left.`)
  }

  function add() {
    const step = newStep()
    focus.current = { key: step.key, control: 'kind' }
    onChange([...steps, step])
    setAnnouncement(`Added step ${steps.length + 1}.`)
  }

  return (
    <fieldset className="field-group an-steps" aria-describedby={`${id}-hint`}>
      <legend>Steps, in order</legend>
      <p id={`${id}-hint`} className="field-hint muted">
        A visitor counts at a step when, the same day, they did it after every step before it. {MIN_STEPS} to{' '}
        {MAX_STEPS} steps.
      </p>
      <ol className="an-steps__list">
        {steps.map((step, index) => {
          const base = `${id}-${step.key}`
          const name = `step ${index + 1}${step.label ? ` (${step.label})` : ''}`
          const labelError = errorAt(index, 'label')
          const actionError = errorAt(index, 'action')
          const kindError = errorAt(index, 'kind')
          return (
            <li key={step.key} className="an-step">
              <fieldset className="an-step__fields">
                <legend className="an-step__legend">Step {index + 1}</legend>
                <div className="field">
                  <label htmlFor={`${base}-kind`}>What counts</label>
                  <select
                    id={`${base}-kind`}
                    value={step.kind}
                    onChange={(e) => update(index, changeStep(step, e.target.value as StepKind))}
                    aria-invalid={kindError ? true : undefined}
                    aria-describedby={kindError ? `${base}-kind-error` : undefined}
                  >
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                  {kindError && (
                    <p id={`${base}-kind-error`} className="field-error">
                      {kindError}
                    </p>
                  )}
                </div>
                {step.kind === 'action' && (
                  <div className="field">
                    <label htmlFor={`${base}-action`}>Action</label>
                    <select
                      id={`${base}-action`}
                      value={step.action ?? 'whatsapp'}
                      onChange={(e) =>
                        update(index, changeStep(step, 'action', e.target.value as ActionType))
                      }
                      aria-invalid={actionError ? true : undefined}
                      aria-describedby={actionError ? `${base}-action-error` : undefined}
                    >
                      {ACTIONS.map((action) => (
                        <option key={action} value={action}>
                          {STEP_ACTION_LABELS[action]}
                        </option>
                      ))}
                    </select>
                    {actionError && (
                      <p id={`${base}-action-error`} className="field-error">
                        {actionError}
                      </p>
                    )}
                  </div>
                )}
                <div className="field">
                  <label htmlFor={`${base}-label`}>Label</label>
                  <input
                    id={`${base}-label`}
                    value={step.label}
                    maxLength={60}
                    dir="auto"
                    onChange={(e) => update(index, { ...step, label: e.target.value })}
                    aria-invalid={labelError ? true : undefined}
                    aria-describedby={labelError ? `${base}-label-error` : undefined}
                  />
                  {labelError && (
                    <p id={`${base}-label-error`} className="field-error">
                      {labelError}
                    </p>
                  )}
                </div>
              </fieldset>
              <div className="an-step__moves">
                <button
                  type="button"
                  id={`${base}-up`}
                  className="button button--quiet"
                  aria-label={`Move ${name} up`}
                  aria-disabled={index === 0 || undefined}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑ </span>Up
                </button>
                <button
                  type="button"
                  id={`${base}-down`}
                  className="button button--quiet"
                  aria-label={`Move ${name} down`}
                  aria-disabled={index === steps.length - 1 || undefined}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓ </span>Down
                </button>
                {steps.length > MIN_STEPS && (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Remove ${name}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ol>
      {steps.length < MAX_STEPS && (
        <button ref={addButton} type="button" className="button" onClick={add}>
          Add a step
        </button>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  )
}
