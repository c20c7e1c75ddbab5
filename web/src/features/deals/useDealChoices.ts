import { useCallback, useEffect, useMemo, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { useResource } from '../../app/useResource.ts'
import { useCrmMembers } from '../activities/useCrmMembers.ts'
import { listCrmFields } from '../crm-fields/crm-fields-api.ts'
import { type Branch, listBranches } from '../team/team-api.ts'

const dealFields = (signal?: AbortSignal) => listCrmFields('deal', signal)

export interface Option {
  value: string
  label: string
}

/** What deal screens name and pick from: owners, branches and the deal custom fields. */
export function useDealChoices(onSessionExpired: () => void) {
  const crm = useCrmMembers(onSessionExpired)
  const [branches, setBranches] = useState<Branch[]>([])
  const fields = useResource(dealFields, onSessionExpired)

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

  const owners = useMemo<Option[]>(
    () =>
      crm.assignable.map((m) => ({
        value: m.userId,
        label: m.userId === crm.me ? `${m.name} (you)` : m.name,
      })),
    [crm.assignable, crm.me],
  )
  const branchOptions = useMemo<Option[]>(
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
    branches: branchOptions,
    branchName,
    defs: fields.data ?? [],
  }
}

export type DealChoices = ReturnType<typeof useDealChoices>
