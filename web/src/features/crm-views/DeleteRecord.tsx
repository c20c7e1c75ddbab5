import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { formatDateTime } from '../contacts/contact-format.ts'
import { undoChange } from '../contacts/contacts-api.ts'

export interface DeletedRecord {
  crmUndoId: string
  undoExpiresAt: string
}

/** The kinds of record deleted from their own page, and where their list is. */
const KINDS = {
  contact: { list: 'contacts', detail: 'The contact leaves every list at once.' },
  company: { list: 'companies', detail: 'The company leaves every list at once; its people stay.' },
} as const

type Kind = keyof typeof KINDS

/** Deletes after a confirmation saying the delete can be undone for a while. */
export function DeleteRecord({
  kind,
  name,
  remove,
  onDeleted,
  onSessionExpired,
}: {
  kind: Kind
  name: string
  remove: () => Promise<DeletedRecord>
  onDeleted: (deleted: DeletedRecord) => void
  onSessionExpired: () => void
}) {
  const action = useAction(onSessionExpired)
  const confirm = () =>
    action.act(async () => {
      onDeleted(await remove())
      return `Deleted ${name}.`
    })
  return (
    <div className="record-danger">
      <ConfirmButton
        question={`Delete ${name}?`}
        detail={`${KINDS[kind].detail} You can undo this for ten minutes.`}
        confirmLabel={`Delete ${kind}`}
        onConfirm={confirm}
      >
        Delete {kind}
      </ConfirmButton>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}

/** What a deleted record's page says: until when the delete can be undone, and Undo. */
export function DeletedNotice({
  kind,
  name,
  deleted,
  onRestored,
  onSessionExpired,
}: {
  kind: Kind
  name: string
  deleted: DeletedRecord
  onRestored: () => void
  onSessionExpired: () => void
}) {
  const action = useAction(onSessionExpired)
  const list = KINDS[kind].list
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
        <a className="button button--quiet" href={pathTo(list)} onClick={handleLinkClick}>
          Back to {list}
        </a>
      </div>
      <ActionOutcome status={action.status} error={action.error} />
    </div>
  )
}
