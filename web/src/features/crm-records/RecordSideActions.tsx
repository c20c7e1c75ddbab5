import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx'
import { type DeletedRecord, DeleteRecord } from '../crm-views/DeleteRecord.tsx'
import { MergeWith } from '../duplicates/MergeWith.tsx'

interface Props {
  entity: 'contact' | 'company'
  record: { id: string; name: string }
  canWrite: boolean
  /** Merging removes a record too, so both need the delete permission. */
  canDelete: boolean
  remove: () => Promise<DeletedRecord>
  onDeleted: (deleted: DeletedRecord) => void
  onSessionExpired: () => void
}

/** The foot of a contact's or company's side column: its files, merging it, deleting it. */
export function RecordSideActions({
  entity,
  record,
  canWrite,
  canDelete,
  remove,
  onDeleted,
  onSessionExpired,
}: Props) {
  return (
    <>
      <AttachmentsPanel
        entity={entity}
        entityId={record.id}
        canWrite={canWrite}
        onSessionExpired={onSessionExpired}
      />
      {canDelete && (
        <MergeWith
          entity={entity}
          recordId={record.id}
          name={record.name}
          onSessionExpired={onSessionExpired}
        />
      )}
      {canDelete && (
        <DeleteRecord
          kind={entity}
          name={record.name}
          remove={remove}
          onDeleted={onDeleted}
          onSessionExpired={onSessionExpired}
        />
      )}
    </>
  )
}
