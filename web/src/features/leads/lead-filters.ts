import type { Lead } from '../../../../worker/modules/leads/leads.schemas.ts'

/**
 * The inbox's filters as the screen holds them (one value each, '' for any) and as the address
 * keeps them, so a copied link opens the same view. Days are calendar days in the viewer's
 * time zone; the API gets the instants they start and end at.
 */
export interface LeadFilterValues {
  branchId: string
  source: '' | Lead['source']
  status: '' | Lead['status']
  /** '', 'me', 'unassigned' or a user id. */
  owner: string
  spam: 'exclude' | 'only' | 'include'
  sla: '' | 'breached' | 'due'
  fromDay: string
  toDay: string
  q: string
}

export const NO_FILTERS: LeadFilterValues = {
  branchId: '',
  source: '',
  status: '',
  owner: '',
  spam: 'exclude',
  sla: '',
  fromDay: '',
  toDay: '',
  q: '',
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const SPAM = ['exclude', 'only', 'include'] as const
const SLA = ['breached', 'due'] as const

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** Reads the filters from `?branch=…&status=…`; unknown values fall back to "any". */
export function filtersFromSearch(
  search: string,
  sources: readonly Lead['source'][],
  statuses: readonly Lead['status'][],
): LeadFilterValues {
  const p = new URLSearchParams(search)
  const day = (key: string) => (DAY.test(p.get(key) ?? '') ? (p.get(key) ?? '') : '')
  return {
    branchId: p.get('branch') ?? '',
    source: oneOf<'' | Lead['source']>(p.get('source'), sources, ''),
    status: oneOf<'' | Lead['status']>(p.get('status'), statuses, ''),
    owner: p.get('owner') ?? '',
    spam: oneOf(p.get('spam'), SPAM, 'exclude'),
    sla: oneOf<'' | 'breached' | 'due'>(p.get('sla'), SLA, ''),
    fromDay: day('from'),
    toDay: day('to'),
    q: (p.get('q') ?? '').slice(0, 100),
  }
}

/** The address's query for the filters: only what differs from "any". */
export function searchOf(f: LeadFilterValues): string {
  const entries: [string, string][] = [
    ['branch', f.branchId],
    ['source', f.source],
    ['status', f.status],
    ['owner', f.owner],
    ['spam', f.spam === 'exclude' ? '' : f.spam],
    ['sla', f.sla],
    ['from', f.fromDay],
    ['to', f.toDay],
    ['q', f.q.trim()],
  ]
  const query = new URLSearchParams(entries.filter(([, v]) => v !== ''))
  return query.size > 0 ? `?${query}` : ''
}

function localMidnight(day: string, addDays: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString()
}

/** The API's query for the filters (the list and the CSV export share it). */
export function apiQuery(f: LeadFilterValues): URLSearchParams {
  const query = new URLSearchParams()
  const set = (key: string, value: string) => value && query.set(key, value)
  set('branchId', f.branchId)
  set('source', f.source)
  set('status', f.status)
  set('owner', f.owner)
  if (f.spam !== 'exclude') set('spam', f.spam)
  set('sla', f.sla)
  if (f.fromDay) set('from', localMidnight(f.fromDay, 0))
  if (f.toDay) set('to', localMidnight(f.toDay, 1))
  set('q', f.q.trim())
  return query
}

/** Whether the "to" day comes before the "from" day. */
export const rangeIsBackwards = (f: LeadFilterValues) => !!f.fromDay && !!f.toDay && f.fromDay > f.toDay

type Matchable = Pick<
  Lead,
  'branchId' | 'source' | 'status' | 'ownerUserId' | 'name' | 'email' | 'phone' | 'message' | 'createdAt'
> & {
  spam: { marked: boolean } | null
  sla: { dueAt: string | null; firstResponseAt: string | null } | null
}

function matchesSearch(lead: Matchable, q: string): boolean {
  const needle = q.trim().toLowerCase()
  if (!needle) return true
  const text = [lead.name, lead.email, lead.message].some((v) => v?.toLowerCase().includes(needle))
  const digits = needle.replace(/[\s()+.-]/g, '')
  return text || (/^\d{3,}$/.test(digits) && !!lead.phone?.includes(digits))
}

function matchesSla(lead: Matchable, sla: LeadFilterValues['sla'], now: number): boolean {
  if (!sla) return true
  const due = lead.sla?.dueAt ? Date.parse(lead.sla.dueAt) : null
  if (due === null) return false
  const answered = lead.sla?.firstResponseAt ? Date.parse(lead.sla.firstResponseAt) : null
  return sla === 'due' ? answered === null && due > now : (answered ?? now) > due
}

/**
 * Whether a lead that arrived live belongs in the list as filtered, judged as the API would
 * (the hub only sends leads of branches the viewer may see).
 */
export function matchesFilters(lead: Matchable, f: LeadFilterValues, me: string, now = Date.now()): boolean {
  const created = Date.parse(lead.createdAt)
  const owner =
    f.owner === '' ||
    (f.owner === 'unassigned'
      ? lead.ownerUserId === null
      : lead.ownerUserId === (f.owner === 'me' ? me : f.owner))
  const spam = lead.spam?.marked ?? false
  return (
    (!f.branchId || lead.branchId === f.branchId) &&
    (!f.source || lead.source === f.source) &&
    (!f.status || lead.status === f.status) &&
    owner &&
    (f.spam === 'include' || spam === (f.spam === 'only')) &&
    (!f.fromDay || created >= Date.parse(localMidnight(f.fromDay, 0))) &&
    (!f.toDay || created < Date.parse(localMidnight(f.toDay, 1))) &&
    matchesSearch(lead, f.q) &&
    matchesSla(lead, f.sla, now)
  )
}
