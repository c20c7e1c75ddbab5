import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'

export interface ConfirmStep {
  confirming: boolean
  pending: boolean
  open: () => void
  cancel: () => void
  /** Runs the action once; the prompt closes when it resolves to true. */
  confirm: () => Promise<void>
  /** The button that opens the prompt: focus comes back to it when the prompt closes. */
  triggerRef: RefObject<HTMLButtonElement | null>
  /** The prompt's confirm button: focus moves to it when the prompt opens. */
  confirmRef: RefObject<HTMLButtonElement | null>
}

/** The state of a two-step "ask, then act" button, with focus following the prompt in and out. */
export function useConfirmStep(action: () => Promise<boolean>): ConfirmStep {
  const [confirming, setConfirming] = useState(false)
  const [pending, setPending] = useState(false)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (wasConfirming.current) triggerRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  async function confirm() {
    if (pending) return
    setPending(true)
    const done = await action()
    setPending(false)
    if (done) setConfirming(false)
  }

  return {
    confirming,
    pending,
    open: () => setConfirming(true),
    cancel: () => setConfirming(false),
    confirm,
    triggerRef,
    confirmRef,
  }
}

interface ConfirmPromptProps {
  step: ConfirmStep
  /** The question the group is named by. */
  question: ReactNode
  /** The consequence, shown under it; with one, the question is read out but not shown. */
  detail?: ReactNode
  confirmLabel: ReactNode
}

/** The second step: the question, a danger button that acts, and Cancel. */
export function ConfirmPrompt({ step, question, detail, confirmLabel }: ConfirmPromptProps) {
  return (
    <fieldset className={detail === undefined ? 'confirm' : 'confirm confirm--fieldset'}>
      {detail === undefined ? (
        <legend className="confirm__text">{question}</legend>
      ) : (
        <>
          <legend className="visually-hidden">{question}</legend>
          <p className="confirm__text">{detail}</p>
        </>
      )}
      <button
        type="button"
        ref={step.confirmRef}
        className="button button--danger"
        onClick={step.confirm}
        aria-disabled={step.pending}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={step.cancel}>
        Cancel
      </button>
    </fieldset>
  )
}

/** A button that asks before it acts; `children` is the first button's label. */
export function ConfirmButton({
  children,
  onConfirm,
  ...prompt
}: Omit<ConfirmPromptProps, 'step'> & { children: ReactNode; onConfirm: () => Promise<boolean> }) {
  const step = useConfirmStep(onConfirm)
  if (step.confirming) return <ConfirmPrompt step={step} {...prompt} />
  return (
    <button type="button" ref={step.triggerRef} className="button" onClick={step.open}>
      {children}
    </button>
  )
}
