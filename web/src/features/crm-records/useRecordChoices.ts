import { useCallback, useEffect, useMemo, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { useResource } from '../../app/useResource.ts'
import { useCrmMembers } from '../activities/useCrmMembers.ts'
import { type CrmEntity, listCrmFields } from '../crm-fields/crm-fields-api.ts'
import type { Choice } from '../crm-views/filter-fields.ts'
import { type Branch, listBranches } from '../team/team-api.ts'

// One stable loader per entity: useResource loads again whenever its loader changes.
const FIELD_LOADERS: Record<CrmEntity, (signal?: AbortSignal) => ReturnType<typeof listCrmFields>> = {
  contact: (signal) => listCrmFields('contact', signal),
  company: (signal) => listCrmFields('company', signal),
  deal: (signal) => listCrmFields('deal', signal),
}

/**
 * What a contact, company or deal screen names and picks from: owners, the branches the viewer
 * may use and the entity's custom fields, each loaded once per screen.
 */
export function useRecordChoices(entity: CrmEntity, onSessionExpired: () => void) {
  const crm = useCrmMembers(onSessionExpired)
  const [branches, setBranches] = useState<Branch[]>([])
  const fields = useResource(FIELD_LOADERS[entity], onSessionExpired)

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

  // The server lets only members who may work deals own one; any member may own a contact or company.
  const candidates = entity === 'deal' ? crm.assignable : crm.members
  const owners = useMemo<Choice[]>(
    () =>
      candidates.map((m) => ({ value: m.userId, label: m.userId === crm.me ? `${m.name} (you)` : m.name })),
    [candidates, crm.me],
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

export type RecordChoices = ReturnType<typeof useRecordChoices>
