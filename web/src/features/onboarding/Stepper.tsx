import { useId } from 'react'
import type { OnboardingStepStatus } from './onboarding-api.ts'

/**
 * Progress through the steps: a progress bar and the ordered list of steps, the open one marked
 * `aria-current="step"`. Done steps and the first one to do can be opened; later ones wait.
 */
export function Stepper({
  steps,
  current,
  onOpen,
}: {
  steps: OnboardingStepStatus[]
  current: number
  onOpen: (index: number) => void
}) {
  const id = useId()
  const done = steps.filter((s) => s.done).length
  const firstToDo = steps.findIndex((s) => !s.done)
  const reachable = (index: number) => steps[index]?.done || firstToDo === -1 || index <= firstToDo
  return (
    <nav className="stepper" aria-label="Setup steps">
      <p id={`${id}-progress`} className="stepper__progress-text">
        {done} of {steps.length} steps done
      </p>
      <progress
        className="stepper__progress"
        aria-labelledby={`${id}-progress`}
        max={steps.length}
        value={done}
      />
      <ol className="stepper__list">
        {steps.map((step, index) => {
          const state = step.done ? 'done' : index === current ? 'current' : 'todo'
          const label = (
            <>
              <span className="stepper__number" aria-hidden="true">
                {step.done ? '✓' : index + 1}
              </span>
              <span className="stepper__title">{step.title}</span>
              <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
            </>
          )
          return (
            <li
              key={step.id}
              className="stepper__item"
              data-state={state}
              data-open={index === current || undefined}
            >
              {reachable(index) ? (
                <button
                  type="button"
                  className="stepper__button"
                  aria-current={index === current ? 'step' : undefined}
                  onClick={() => onOpen(index)}
                >
                  {label}
                </button>
              ) : (
                <span className="stepper__button" aria-current={index === current ? 'step' : undefined}>
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
