import { type ReactNode, useEffect, useId, useRef } from 'react'
import { usePanelToggle } from '../usePanelToggle.ts'

interface DisclosureProps {
  label: string
  /** A short value shown on the button, e.g. the current template. */
  summary?: string
  children: (close: () => void) => ReactNode
  className?: string
}

/**
 * A toolbar button that opens a panel under it. Escape closes it and returns focus to the
 * button; a click elsewhere closes it too, since it floats over the panes.
 */
export function Disclosure({ label, summary, children, className }: DisclosureProps) {
  const id = useId()
  const { open, setOpen, close, toggle, buttonRef } = usePanelToggle()
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open, setOpen])

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from the button or any control inside it
    <div
      ref={rootRef}
      className={`disclosure ${className ?? ''}`}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        className="button button--quiet disclosure__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={toggle}
      >
        {label}
        {summary && <span className="disclosure__summary">: {summary}</span>}
        <span aria-hidden="true" className="disclosure__chevron">
          ▾
        </span>
      </button>
      {open && (
        <section id={`${id}-panel`} className="disclosure__panel" aria-label={label}>
          {children(close)}
        </section>
      )}
    </div>
  )
}
