import { type ReactNode, useEffect, useId, useRef } from 'react'
import { CopyField } from './CopyField.tsx'

/**
 * What to keep from an action that made a secret, shown right after it: the heading takes focus,
 * then `children`, then the one button that goes on.
 */
export function OneTimeReveal({
  title,
  doneLabel,
  onDone,
  children,
}: {
  title: string
  doneLabel: string
  onDone: () => void
  children: ReactNode
}) {
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="key-reveal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <button type="button" className="button button--primary" onClick={onDone}>
        {doneLabel}
      </button>
    </section>
  )
}

/** A sealed secret, the one time it is shown: the warning, then the value with Copy. */
export function SealedSecretField({
  label,
  value,
  noun,
  owner,
}: {
  label: string
  value: string
  /** What to copy, e.g. "signing secret". */
  noun: string
  /** Whose page rotates it, e.g. "endpoint". */
  owner: string
}) {
  const id = useId()
  return (
    <>
      <p className="key-reveal__warning" id={`${id}-warning`}>
        <strong>Copy the {noun} now.</strong> This is the only time it is shown: Vitrine stores it sealed and
        never displays it again. If you lose it, rotate it on the {owner}’s page.
      </p>
      <CopyField label={label} value={value} describedBy={`${id}-warning`} />
    </>
  )
}
