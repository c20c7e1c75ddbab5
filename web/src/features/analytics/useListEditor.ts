import { useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import type { Resource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'

/**
 * A list screen with one editor open at a time (funnels, scheduled reports): what is being
 * edited (`item: null` for a new one), what the page last said, and where focus goes when the
 * editor closes or a row goes: the row's Edit button (`editButtonId`), else `newButton`.
 */
export function useListEditor<T extends { id: string }>(
  list: Resource<T[]>,
  editButtonId: (id: string) => string,
  onSessionExpired: () => void,
) {
  const [editing, setEditing] = useState<{ item: T | null } | null>(null)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const newButton = useRef<HTMLButtonElement>(null)
  // Where focus goes once the next render is on screen: a row's Edit button, or "New" (null).
  const focusNext = useRef<{ id: string | null } | null>(null)

  useEffect(() => {
    const target = focusNext.current
    if (!target) return
    focusNext.current = null
    const element = target.id ? document.getElementById(editButtonId(target.id)) : newButton.current
    element?.focus()
  })

  /** Closes the editor, handing focus back to the button that opened it. */
  function close(item: T | null) {
    focusNext.current = { id: item?.id ?? null }
    setEditing(null)
  }

  /** Puts what the editor saved in the list (in place of the one edited), says so and closes. */
  function saved(item: T, message: string) {
    const current = editing?.item ?? null
    list.setData((all) =>
      current ? (all ?? []).map((x) => (x.id === item.id ? item : x)) : [...(all ?? []), item],
    )
    setError('')
    setNotice(message)
    close(current ? item : null)
  }

  /** Deletes `item` with `request`; resolves to whether it went, saying `done` or why not. */
  async function remove(item: T, request: () => Promise<unknown>, failed: string, done: string) {
    setNotice('')
    setError('')
    try {
      await request()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`${failed} ${messageOf(cause)}`)
      return false
    }
    list.setData((all) => (all ?? []).filter((x) => x.id !== item.id))
    setNotice(done)
    // The row and its buttons are gone: "New" is the next sensible place.
    focusNext.current = { id: null }
    return true
  }

  return { editing, setEditing, notice, setNotice, error, setError, newButton, close, saved, remove }
}
