// A QrTarget to the absolute address a scan goes to. Branch-relative targets name the branch's
// canonical page (its active custom hostname when it has one), as the page itself declares it.
import type { FieldIssue } from '../../../lib/errors.ts'
import { checkPublicHttpUrl } from '../../../lib/public-url.ts'
import type { QrTarget } from '../qr.model.ts'
import type { BranchLookup, BranchTarget, SectionRef } from './branch-lookup.ts'

/** page: one of our microsite pages (gets UTM and `qr`); external: elsewhere (UTM only); file/app: neither. */
export type DestinationKind = 'page' | 'file' | 'external' | 'app'
export interface Destination {
  url: string
  kind: DestinationKind
}

export interface ResolveContext {
  lookup: BranchLookup
  /** PUBLIC_ORIGIN: where a branch without a custom hostname is served. */
  origin: string
  /** Whether the actor may point codes at this branch (a manager: only their own branches). */
  canUseBranch: (branchId: string) => boolean
  /** Saving (refuse what would not work) or refreshing (fall back to the page, never refuse). */
  strict: boolean
  issues: FieldIssue[]
}

/** The branch's canonical root without a trailing slash: https://{host}, https://{host}/{branch} or ours. */
export function branchRoot(origin: string, branch: BranchTarget): string {
  const own = branch.hosts.find((h) => h.branchId === branch.id)
  if (own) return `https://${own.hostname}`
  const brandHost = branch.hosts.find((h) => h.branchId === null)
  if (brandHost) return `https://${brandHost.hostname}/${branch.slug}`
  return new URL(`/${branch.brandSlug}/${branch.slug}`, origin).toString()
}

const pageOf = (root: string) => (new URL(root).pathname === '/' ? `${new URL(root).origin}/` : root)

const firstOfType = (branch: BranchTarget, type: string): SectionRef | undefined =>
  branch.published.find((s) => s.type === type && s.enabled) ??
  branch.draft.find((s) => s.type === type && s.enabled)

/** wa.me wants the full international number as digits only. */
const waDigits = (phone: string) => phone.replace(/[^0-9]/g, '')

async function branchFor(rc: ResolveContext, branchId: string, path: string): Promise<BranchTarget | null> {
  const branch = rc.canUseBranch(branchId) ? await rc.lookup(branchId) : null
  if (!branch) {
    rc.issues.push({ path: `${path}.branchId`, message: `Branch ${branchId} not found` })
    return null
  }
  if (branch.archived && rc.strict)
    rc.issues.push({ path: `${path}.branchId`, message: 'That branch is closed; its page no longer answers' })
  return branch
}

function refuse(rc: ResolveContext, path: string, message: string, fallback: Destination | null) {
  if (rc.strict || !fallback) rc.issues.push({ path, message })
  return fallback
}

function externalUrl(rc: ResolveContext, url: string, path: string): Destination | null {
  const checked = checkPublicHttpUrl(url)
  if (checked.ok) return { url: checked.url.toString(), kind: 'external' }
  rc.issues.push({ path, message: checked.reason })
  return null
}

function whatsapp(
  rc: ResolveContext,
  target: Extract<QrTarget, { type: 'whatsapp' }>,
  branch: BranchTarget | null,
  path: string,
): Destination | null {
  const digits = waDigits(target.phone ?? branch?.whatsapp ?? '')
  if (digits.length < 8 || digits.length > 15)
    return refuse(
      rc,
      `${path}.phone`,
      target.phone || branch?.whatsapp
        ? 'Enter the WhatsApp number with its country code, like +91 98765 43210'
        : 'This branch has no WhatsApp number; enter one',
      null,
    )
  const url = new URL(`https://wa.me/${digits}`)
  if (target.message) url.searchParams.set('text', target.message)
  return { url: url.toString(), kind: 'app' }
}

function onBranch(
  rc: ResolveContext,
  target: Exclude<QrTarget, { type: 'url' | 'whatsapp' }>,
  branch: BranchTarget,
  path: string,
): Destination | null {
  const root = branchRoot(rc.origin, branch)
  const page: Destination = { url: pageOf(root), kind: 'page' }
  const at = (section: SectionRef): Destination => ({ url: `${page.url}#s-${section.id}`, kind: 'page' })
  switch (target.type) {
    case 'microsite':
      return page
    case 'section': {
      const found = [...branch.published, ...branch.draft].find((s) => s.id === target.sectionId && s.enabled)
      return found
        ? at(found)
        : refuse(rc, `${path}.sectionId`, `The page has no section "${target.sectionId}"`, page)
    }
    case 'lead_form': {
      const form = firstOfType(branch, 'lead_form')
      return form ? at(form) : page
    }
    case 'review': {
      const reviews = firstOfType(branch, 'reviews')
      return reviews
        ? at(reviews)
        : refuse(rc, `${path}.url`, "The page has no reviews section; enter your review page's address", page)
    }
    case 'vcard': {
      if (!target.staffMemberId) return { url: `${root}/vcard`, kind: 'file' }
      const person = branch.staff.find((s) => s.id === target.staffMemberId)
      if (!person)
        return refuse(rc, `${path}.staffMemberId`, `Staff member ${target.staffMemberId} not found`, null)
      if (!person.published && rc.strict)
        rc.issues.push({
          path: `${path}.staffMemberId`,
          message: 'That staff member is hidden from the site',
        })
      return { url: `${root}/${person.slug}/vcard`, kind: 'file' }
    }
  }
}

/** Where `target` sends a scan, or null when it cannot be resolved (issues say why). */
export async function resolveTarget(
  rc: ResolveContext,
  target: QrTarget,
  path: string,
): Promise<Destination | null> {
  if (target.type === 'url') return externalUrl(rc, target.url, `${path}.url`)
  if (target.type === 'review' && target.url) return externalUrl(rc, target.url, `${path}.url`)
  const branch = target.branchId ? await branchFor(rc, target.branchId, path) : null
  if (target.type === 'whatsapp')
    return target.branchId && !branch ? null : whatsapp(rc, target, branch, path)
  if (!branch) {
    if (!target.branchId)
      rc.issues.push({ path: `${path}.branchId`, message: 'Choose a branch or enter an address' })
    return null
  }
  return onBranch(rc, target, branch, path)
}
