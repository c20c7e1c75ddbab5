import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { formatDateTime } from '../contacts/contact-format.ts'
import { undoChange } from '../contacts/contacts-api.ts'
import { deleteCompany } from './companies-api.ts'

export interface DeletedCompany {
  crmUndoId: string
  undoExpiresAt: string
}

/** Deletes after a confirmation saying the delete can be undone for a while. */
export function DeleteCompany({
  companyId,
  name,
  onDeleted,
  onSessionExpired,
}: {
  companyId: string
  name: string
  onDeleted: (deleted: DeletedCompany) => void
  onSessionExpired: () => void
}) {
  const action = useAction(onSessionExpired)
  const remove = () =>
    action.act(async () => {
      onDeleted(await deleteCompany(companyId))
      return `Deleted ${name}.`
    })
  return (
    <div className="record-danger">
      <ConfirmButton
        question={`Delete ${name}?`}
        detail="The company leaves every list at once; its people stay. You can undo this for ten minutes."
        confirmLabel="Delete company"
        onConfirm={remove}
      >
        Delete company
      </ConfirmButton>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}

/** What a deleted company's page says: until when the delete can be undone, and Undo. */
export function DeletedCompanyNotice({
  name,
  deleted,
  onRestored,
  onSessionExpired,
}: {
  name: string
  deleted: DeletedCompany
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
        <a className="button button--quiet" href={pathTo('companies')} onClick={handleLinkClick}>
          Back to companies
        </a>
      </div>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}
