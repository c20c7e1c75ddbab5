import { ChoiceSelect } from '../../app/components/ChoiceSelect.tsx'
import type { RecordChoices } from './useRecordChoices.ts'

interface Props {
  /** A new record defaults to you, so you are not offered again; an edit may clear the owner. */
  mode: 'new' | 'edit'
  choices: Pick<RecordChoices, 'me' | 'owners' | 'branches'>
  /** The form's draft: its owner and branch ids ('' for none). */
  value: { ownerUserId: string; branchId: string }
  onChange: (key: 'ownerUserId' | 'branchId', value: string) => void
  /** The server's message for a field of the form, by name. */
  errorOf: (field: string) => string | undefined
  /** What no branch means here. */
  noBranchLabel?: string
  /** Shows an owner or branch that is not offered as "Current choice". */
  keepUnknown?: boolean
}

/** The owner and branch pickers of a contact, company or deal. */
export function OwnerBranchSelects({
  mode,
  choices,
  value,
  onChange,
  errorOf,
  noBranchLabel = 'Whole organisation',
  keepUnknown,
}: Props) {
  const owners = mode === 'new' ? choices.owners.filter((o) => o.value !== choices.me) : choices.owners
  return (
    <>
      <ChoiceSelect
        label="Owner"
        value={value.ownerUserId}
        error={errorOf('ownerUserId')}
        keepUnknown={keepUnknown}
        onChange={(owner) => onChange('ownerUserId', owner)}
        options={[{ value: '', label: mode === 'new' ? 'You' : 'Nobody' }, ...owners]}
      />
      <ChoiceSelect
        label="Branch"
        value={value.branchId}
        error={errorOf('branchId')}
        keepUnknown={keepUnknown}
        onChange={(branch) => onChange('branchId', branch)}
        options={[{ value: '', label: noBranchLabel }, ...choices.branches]}
      />
    </>
  )
}
