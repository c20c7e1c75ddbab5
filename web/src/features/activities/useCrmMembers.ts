import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type CrmMemberList, listCrmMembers } from './activities-api.ts'

export interface CrmMembers {
  /** The signed-in member's user id ('' until loaded). */
  me: string
  /** Everyone who may be @mentioned, by name. */
  members: CrmMemberList['items']
  /** Those who may be given tasks. */
  assignable: CrmMemberList['items']
  nameOf: (userId: string | null) => string
}

// One fetch per page load: members change rarely, and every composer on a screen shares it.
let shared: Promise<CrmMemberList> | null = null

/** The organisation's members for mention autocomplete and assignee pickers. */
export function useCrmMembers(onSessionExpired?: () => void): CrmMembers {
  const [list, setList] = useState<CrmMemberList>({ me: '', items: [], assignable: [] })
  useEffect(() => {
    let live = true
    shared ??= listCrmMembers()
    shared.then(
      (value) => live && setList(value),
      (cause: unknown) => {
        shared = null
        if (live && isUnauthorized(cause)) onSessionExpired?.()
      },
    )
    return () => {
      live = false
    }
  }, [onSessionExpired])
  const names = new Map(list.items.map((m) => [m.userId, m.name]))
  const canTake = new Set(list.assignable)
  return {
    me: list.me,
    members: list.items,
    assignable: list.items.filter((m) => canTake.has(m.userId)),
    nameOf: (userId) => (userId ? (names.get(userId) ?? 'A colleague') : 'Nobody'),
  }
}
