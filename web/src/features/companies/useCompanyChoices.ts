import { useCallback, useEffect, useMemo, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { useResource } from '../../app/useResource.ts'
import { useCrmMembers } from '../activities/useCrmMembers.ts'
import { listCrmFields } from '../crm-fields/crm-fields-api.ts'
import type { Choice } from '../crm-views/filter-fields.ts'
import { type Branch, listBranches } from '../team/team-api.ts'

const companyFields = (signal?: AbortSignal) => listCrmFields('company', signal)

/** What company screens name and pick from: members (owners), branches and the company custom fields. */
export function useCompanyChoices(onSessionExpired: () => void) {
  const crm = useCrmMembers(onSessionExpired)
  const [branches, setBranches] = useState<Branch[]>([])
  const fields = useResource(companyFields, onSessionExpired)

  useEffect(() => {
    const controller = new AbortController()
    listBranches(controller.signal).then(
      (list) => setBranches(list.data),
      (cause: unknown) => {
        if (isUnauthorized(cause)) onSessionExpired()
      },
    )
    return () => controller.abort()
  }, [onSessionExpired])

  const owners = useMemo<Choice[]>(
    () =>
      crm.members.map((m) => ({ value: m.userId, label: m.userId === crm.me ? `${m.name} (you)` : m.name })),
    [crm.members, crm.me],
  )
  const branchChoices = useMemo<Choice[]>(
    () => branches.map((b) => ({ value: b.id, label: b.name })),
    [branches],
  )
  const branchName = useCallback(
    (id: string | null) =>
      id ? (branches.find((b) => b.id === id)?.name ?? 'Another branch') : 'Whole organisation',
    [branches],
  )
  return {
    me: crm.me,
    owners,
    ownerName: crm.nameOf,
    branches: branchChoices,
    branchName,
    defs: fields.data ?? [],
    fieldsError: fields.error,
  }
}

export type CompanyChoices = ReturnType<typeof useCompanyChoices>
