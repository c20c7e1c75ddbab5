import { useEffect, useMemo, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { type Branch, listBranches, listMembers, type Member } from '../team/team-api.ts'

export interface Person {
  userId: string
  name: string
  branchIds: string[] | null
}

/** Who is who on the inbox: names for owner ids, and who may be given a lead. */
export interface People {
  me: string
  canWrite: boolean
  canAssign: boolean
  /** Members whose role works leads (everyone but viewers); empty without members.read. */
  assignable: Person[]
  nameOf: (userId: string) => string
}

const WORKS_LEADS: readonly Member['role'][] = ['owner', 'admin', 'manager', 'agent']

/**
 * Members come from the team screen's API, which needs members.read; without it (agents,
 * viewers) the inbox still names the viewer themselves and calls everyone else "a colleague".
 */
export function usePeople(session: Session, onUnauthorized: () => void) {
  const [members, setMembers] = useState<Member[]>([])
  const [branches, setBranches] = useState<Branch[]>([])
  const canReadMembers = session.permissions.includes('members.read')

  useEffect(() => {
    const controller = new AbortController()
    const quietly = (cause: unknown) => {
      if (isUnauthorized(cause)) onUnauthorized()
    }
    if (canReadMembers) {
      listMembers(controller.signal).then((list) => setMembers(list.data), quietly)
    }
    listBranches(controller.signal).then((list) => setBranches(list.data), quietly)
    return () => controller.abort()
  }, [canReadMembers, onUnauthorized])

  const people = useMemo<People>(() => {
    const names = new Map(members.map((m) => [m.user.id, m.user.name]))
    names.set(session.user.id, session.user.name)
    return {
      me: session.user.id,
      canWrite: session.permissions.includes('leads.write'),
      canAssign: session.permissions.includes('leads.assign'),
      assignable: members
        .filter((m) => WORKS_LEADS.includes(m.role))
        .map((m) => ({ userId: m.user.id, name: m.user.name, branchIds: m.branchIds })),
      nameOf: (userId) =>
        userId === session.user.id ? `${session.user.name} (you)` : (names.get(userId) ?? 'A colleague'),
    }
  }, [members, session])

  const branchName = useMemo(() => {
    const byId = new Map(branches.map((b) => [b.id, `${b.brandName} · ${b.name}`]))
    return (branchId: string) => byId.get(branchId) ?? 'A branch'
  }, [branches])

  return { people, branches, branchName }
}
