// A dynamic code's default destination and its rules' destinations, final: resolved, with UTM
// tags and, on our own pages, `qr={code}` so a lead sent from the page is credited to the code.
import type { QrRule, QrTarget, QrUtm } from '../qr.model.ts'
import type { QrRoute } from '../redirect/qr-route.ts'
import { type Destination, type ResolveContext, resolveTarget } from './resolve-target.ts'

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const

/**
 * Tags a destination. Tags the owner already put in a URL win over the code's. App links
 * (wa.me) and file downloads (vCards) carry none: nothing there could read them.
 */
export function withTracking(destination: Destination, utm: QrUtm | null, code: string): string {
  if (destination.kind === 'app' || destination.kind === 'file') return destination.url
  const url = new URL(destination.url)
  for (const key of UTM_KEYS) {
    const value = utm?.[key]
    if (value && !url.searchParams.has(`utm_${key}`)) url.searchParams.set(`utm_${key}`, value)
  }
  if (destination.kind === 'page') url.searchParams.set('qr', code)
  return url.toString()
}

export interface CodeTargets {
  code: string
  branchId: string | null
  target: QrTarget
  rules: QrRule[]
  utm: QrUtm | null
}

export interface ResolvedTargets {
  /** Null when the default target cannot be resolved (then `issues` say why). */
  url: string | null
  rules: QrRoute['rules']
  timezone: string
}

const conditionsOf = ({ label: _label, target: _target, ...conditions }: QrRule) => conditions

/** Resolves the default and every rule (each checked the same way); issues collect in `rc.issues`. */
export async function resolveTargets(rc: ResolveContext, input: CodeTargets): Promise<ResolvedTargets> {
  const main = await resolveTarget(rc, input.target, 'target')
  const url = main ? withTracking(main, input.utm, input.code) : null
  const rules: QrRoute['rules'] = []
  for (const [i, rule] of input.rules.entries()) {
    const destination = await resolveTarget(rc, rule.target, `rules.${i}.target`)
    // Scans record the matching rule's index, so a rule that no longer resolves (only when
    // refreshing) keeps its place and sends people to the default instead.
    const ruleUrl = destination ? withTracking(destination, input.utm, input.code) : url
    if (ruleUrl) rules.push({ ...conditionsOf(rule), url: ruleUrl })
  }
  // Rules' days and times are read where the code is: its branch, else the branch it points at.
  const zoneBranch = input.branchId ?? ('branchId' in input.target ? input.target.branchId : undefined)
  const zone = zoneBranch ? (await rc.lookup(zoneBranch))?.timezone : undefined
  return {
    url,
    rules,
    timezone: zone ?? 'UTC',
  }
}
