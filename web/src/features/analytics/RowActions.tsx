import type { ReactNode } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'

/**
 * A row's Edit and Delete (asked first) in the actions cell, with `children` between them;
 * `name` completes each button's accessible name ("Edit “Visits to leads”").
 */
export function RowActions({
  editId,
  editLabel,
  onEdit,
  deleteQuestion,
  deleteLabel,
  deleteName,
  onDelete,
  children,
}: {
  /** The Edit button's id, so focus can come back to it when the editor closes. */
  editId: string
  editLabel: string
  onEdit: () => void
  deleteQuestion: string
  deleteLabel: string
  /** Read after "Delete" by screen readers only. */
  deleteName: string
  onDelete: () => Promise<boolean>
  children?: ReactNode
}) {
  return (
    <td>
      <div className="button-row an-row-actions">
        <button
          type="button"
          id={editId}
          className="button button--quiet"
          aria-label={editLabel}
          onClick={onEdit}
        >
          Edit
        </button>
        {children}
        <ConfirmButton question={deleteQuestion} confirmLabel={deleteLabel} onConfirm={onDelete}>
          Delete<span className="visually-hidden"> {deleteName}</span>
        </ConfirmButton>
      </div>
    </td>
  )
}
