import { type ComponentProps, type ReactNode, useId } from 'react'
import { ConfirmButton } from './Confirm.tsx'

/**
 * A section for one weighty action: its heading, what it does, and a button that asks before
 * it acts (`children` is that button's label). `danger` marks an action that removes something.
 */
export function ConfirmSection({
  title,
  description,
  danger = false,
  ...button
}: ComponentProps<typeof ConfirmButton> & { title: string; description: ReactNode; danger?: boolean }) {
  const id = useId()
  return (
    <section className={danger ? 'form danger-zone' : 'form'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{description}</p>
      <ConfirmButton {...button} />
    </section>
  )
}
