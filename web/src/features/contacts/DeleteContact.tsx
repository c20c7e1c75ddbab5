import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { formatDateTime } from './contact-format.ts'
import { deleteContact, undoChange } from './contacts-api.ts'

export interface DeletedContact {
  crmUndoId: string
  undoExpiresAt: string
}

/** Deletes after a confirmation saying the delete can be undone for a while. */
export function DeleteContact({
  contactId,
  name,
  onDeleted,
  onSessionExpired,
}: {
  contactId: string
  name: string
  onDeleted: (deleted: DeletedContact) => void
  onSessionExpired: () => void
}) {
  const action = useAction(onSessionExpired)
  const remove = () =>
    action.act(async () => {
      onDeleted(await deleteContact(contactId))
      return `Deleted ${name}.`
    })
  return (
    <div className="record-danger">
      <ConfirmButton
        question={`Delete ${name}?`}
        detail="The contact leaves every list at once. You can undo this for ten minutes."
        confirmLabel="Delete contact"
        onConfirm={remove}
      >
        Delete contact
      </ConfirmButton>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}

/** What a deleted contact's page says: until when the delete can be undone, and Undo. */
export function DeletedNotice({
  name,
  deleted,
  onRestored,
  onSessionExpired,
}: {
  name: string
  deleted: DeletedContact
  onRestored: () => void
  onSessionExpired: () => void
}) {
  const action = useAction(onSessionExpired)
  const restore = () =>
    action.act(async () => {
      await undoChange(deleted.crmUndoId)
      onRestored()
      return `${name} is back.`
    })
  return (
    <div className="notice deleted-notice">
      <p role="status">
        Deleted <bdi>{name}</bdi>. You can undo this until {formatDateTime(deleted.undoExpiresAt)}.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={restore} aria-disabled={action.pending}>
          Undo delete
        </button>
        <a className="button button--quiet" href={pathTo('contacts')} onClick={handleLinkClick}>
          Back to contacts
        </a>
      </div>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}
