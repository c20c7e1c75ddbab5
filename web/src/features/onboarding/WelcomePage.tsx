import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { messageOf } from '../../app/useSession.ts'
import { getOnboarding, type Onboarding } from './onboarding-api.ts'
import { announceOnboardingChange } from './onboarding-events.ts'
import { Stepper } from './Stepper.tsx'
import { GenericStep } from './steps/GenericStep.tsx'
import { STEP_SCREENS } from './wizard-steps.tsx'

/** The step to open: the first not done, or the last one (its "done" view) when all are. */
function startIndex(status: Onboarding): number {
  const next = status.steps.findIndex((s) => s.id === status.nextStepId)
  return next === -1 ? status.steps.length - 1 : next
}

/**
 * The guided first run at /app/welcome. Each step saves on Continue and the status is derived
 * from the organisation's data on the server, so reopening the page resumes where it stopped.
 */
export function WelcomePage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const headingId = useId()
  const [status, setStatus] = useState<Onboarding | null>(null)
  const [loadError, setLoadError] = useState('')
  const [current, setCurrent] = useState(0)
  const opened = useRef<number | null>(null)

  const load = useCallback(
    (signal?: AbortSignal) => {
      setLoadError('')
      getOnboarding(signal).then(
        (value) => {
          setStatus(value)
          setCurrent(startIndex(value))
        },
        (cause: unknown) => {
          if (signal?.aborted) return
          if (isUnauthorized(cause)) onSessionExpired()
          else setLoadError(messageOf(cause))
        },
      )
    },
    [onSessionExpired],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  // A step opened by the user (not the first one shown) gets focus, so its heading is announced.
  useEffect(() => {
    if (status === null) return
    if (opened.current !== null && opened.current !== current) document.getElementById(headingId)?.focus()
    opened.current = current
  }, [current, status, headingId])

  const onSaved = useCallback(async ({ stay = false }: { stay?: boolean } = {}) => {
    const value = await getOnboarding()
    setStatus(value)
    announceOnboardingChange()
    if (!stay) setCurrent((index) => Math.min(index + 1, value.steps.length - 1))
  }, [])

  const intro = (
    <>
      <h1 tabIndex={-1}>Set up your page</h1>
      <p className="muted">
        A few steps from here to a live page for your first branch; about three minutes. Each step is saved
        when you continue, so you can stop at any time and pick up here.
      </p>
    </>
  )
  if (!status) {
    return (
      <div className="wizard">
        {intro}
        {loadError ? (
          <LoadError onRetry={() => load()}>Could not load your setup. {loadError}</LoadError>
        ) : (
          <p className="muted" aria-busy="true">
            Loading your setup…
          </p>
        )}
      </div>
    )
  }

  const step = status.steps[current]
  if (!step) return null
  const screen = STEP_SCREENS[step.id] ?? ((props) => <GenericStep {...props} />)
  const last = status.steps.length - 1
  return (
    <div className="wizard">
      {intro}
      {!session.permissions.includes('brands.manage') &&
        !status.steps.find((s) => s.id === 'branch')?.done && (
          <p className="notice">
            Only an owner or an admin of {session.tenant.name} can create the brand and branches. Ask one of
            them to start here; you can take over from the template.
          </p>
        )}
      <Stepper steps={status.steps} current={current} onOpen={setCurrent} />
      {/* The heading stays while the step loads its data, so focus put on it is kept. */}
      <section key={step.id} className="wizard-step" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          {step.title}
        </h2>
        <p className="muted">{step.description}</p>
        {screen({
          step,
          status,
          session,
          onSaved,
          onNext: current < last ? () => setCurrent(current + 1) : null,
          onBack: current > 0 ? () => setCurrent(current - 1) : null,
          onSessionExpired,
        })}
      </section>
    </div>
  )
}
