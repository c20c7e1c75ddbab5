import { type RefObject, useEffect, useRef, useState } from 'react'

/**
 * Whether a record page's details are being edited, and what to announce after a save. With
 * `returnFocusTo`, focus goes back there once the form closes (saved or cancelled).
 */
export function useDetailsEditor(returnFocusTo?: RefObject<HTMLElement | null>) {
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState('')

  const wasEditing = useRef(false)
  useEffect(() => {
    if (wasEditing.current && !editing) returnFocusTo?.current?.focus()
    wasEditing.current = editing
  }, [editing, returnFocusTo])

  return {
    editing,
    saved,
    start: () => {
      setSaved('')
      setEditing(true)
    },
    cancel: () => setEditing(false),
    done: () => {
      setEditing(false)
      setSaved('Saved.')
    },
  }
}
