import { useRef, useState } from 'react'

/**
 * An open/closed panel behind a toggle button: closing it returns the focus to the button,
 * so keyboard users are not left on a control that is gone.
 */
export function usePanelToggle() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  return { open, setOpen, close, toggle: () => (open ? close() : setOpen(true)), buttonRef }
}
