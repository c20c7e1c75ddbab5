import type { RefObject } from 'react'

/**
 * A list screen's heading with its "New …" button, shown to those who may add while no editor
 * is open. The button is where focus returns when a new item's editor closes.
 */
export function ListEditorHeader({
  title,
  newLabel,
  canManage,
  editor,
}: {
  title: string
  newLabel: string
  canManage: boolean
  editor: {
    editing: unknown
    newButton: RefObject<HTMLButtonElement | null>
    setEditing: (editing: { item: null }) => void
  }
}) {
  return (
    <div className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {canManage && !editor.editing && (
        <button
          ref={editor.newButton}
          type="button"
          className="button button--primary"
          onClick={() => editor.setEditing({ item: null })}
        >
          {newLabel}
        </button>
      )}
    </div>
  )
}
