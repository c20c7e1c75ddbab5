import { useEffect, useState } from 'react'
import { getSession } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { useCrmMembers } from '../activities/useCrmMembers.ts'
import { type CrmField, listCrmFields } from '../crm-fields/crm-fields-api.ts'
import { listBranches } from '../team/team-api.ts'
import type { BulkEntity } from './crm-bulk-api.ts'

export interface Option {
  value: string
  label: string
}

/** What the bar's pickers offer: members, branches, the entity's custom fields, and whether the viewer may delete. */
export function useBulkChoices(entity: BulkEntity, onUnauthorized: () => void) {
  const members = useCrmMembers(onUnauthorized)
  const [branches, setBranches] = useState<Option[]>([])
  const [fields, setFields] = useState<CrmField[]>([])
  const [canDelete, setCanDelete] = useState(false)
  const [wholeOrganisation, setWholeOrganisation] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const failed = (cause: unknown) => {
      if (!signal.aborted && isUnauthorized(cause)) onUnauthorized()
    }
    getSession(signal)
      .then((session) => {
        setCanDelete(session.permissions.includes('crm.delete'))
        setWholeOrganisation(session.branchIds === null)
        return listBranches(signal).then((list) =>
          setBranches(
            list.data
              .filter((b) => session.branchIds === null || session.branchIds.includes(b.id))
              .map((b) => ({ value: b.id, label: b.name })),
          ),
        )
      }, failed)
      .catch(failed)
    listCrmFields(entity, signal).then(setFields, failed)
    return () => controller.abort()
  }, [entity, onUnauthorized])

  const owners: Option[] = members.members.map((m) => ({
    value: m.userId,
    label: m.userId === members.me ? `${m.name} (you)` : m.name,
  }))
  return { owners, branches, fields, canDelete, wholeOrganisation }
}
