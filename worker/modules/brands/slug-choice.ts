import type { D1Db } from '../../lib/d1.ts'
import { ApiError } from '../../lib/errors.ts'
import { isSlugTaken, resolveSlug, type SlugScope, slugsLike } from './slug-store.ts'
import { firstFreeSlug, isReserved, slugify } from './slugs.ts'

const NOUN = { brand: 'brand', branch: 'branch of this brand', staff: 'person on this branch' } as const

/**
 * The slug to store: the one asked for (refused if reserved, 400, or taken, 409), or one made
 * from the name with -2, -3… until free.
 */
export async function chooseSlug(
  db: D1Db,
  scope: SlugScope,
  input: { explicit?: string; name: string; id: string },
): Promise<string> {
  if (input.explicit !== undefined) {
    const slug = input.explicit
    if (isReserved(scope.kind, slug)) {
      const message = `The slug “${slug}” is reserved; choose another`
      throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'slug', message }] })
    }
    if (await isSlugTaken(db, scope, slug, input.id))
      throw new ApiError('CONFLICT', `The slug “${slug}” is already used by another ${NOUN[scope.kind]}`, {
        errors: [{ path: 'slug', message: `“${slug}” is already taken` }],
      })
    return slug
  }
  const base = slugify(input.name, scope.kind, input.id)
  return firstFreeSlug(base, scope.kind, await slugsLike(db, scope, base, input.id))
}

/** The slug after an edit: the current one, unless `asked` names another (checked as chooseSlug does). */
export async function slugAfterEdit(
  db: D1Db,
  scope: SlugScope,
  current: { id: string; name: string; slug: string },
  asked: string | undefined,
): Promise<string> {
  if (asked === undefined || asked === current.slug) return current.slug
  return chooseSlug(db, scope, { explicit: asked, name: current.name, id: current.id })
}

/** D1's message for a unique index that a concurrent write got to first. */
const isUniqueViolation = (error: unknown) => {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if (/UNIQUE constraint failed/.test(e.message)) return true
  return false
}

const slugClash = (slug: string) =>
  new ApiError('CONFLICT', `The slug “${slug}” was just taken; try again or choose another`, {
    errors: [{ path: 'slug', message: `“${slug}” is already taken` }],
  })

/** Awaits a write that stores `slug`: a concurrent writer that took the slug first makes it a 409. */
export async function claimingSlug<T>(slug: string, write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (error) {
    if (isUniqueViolation(error)) throw slugClash(slug)
    throw error
  }
}

/**
 * The current path of a visited path when any of its segments is an old slug, for a 301;
 * null when every segment is current or something does not resolve at all. Old slugs point at
 * ids, so a chain of renames (a → b → c) resolves in one step.
 * @example await redirectFor(db, { brandSlug: 'old-name', branchSlug: 'downtown' }) // '/new-name/downtown'
 */
export async function redirectFor(
  db: D1Db,
  path: { brandSlug: string; branchSlug?: string; personSlug?: string },
): Promise<string | null> {
  const brand = await resolveSlug(db, { kind: 'brand', scopeId: '' }, path.brandSlug)
  if (!brand) return null
  const segments = [brand]
  if (path.branchSlug !== undefined) {
    const branch = await resolveSlug(db, { kind: 'branch', scopeId: brand.id }, path.branchSlug)
    if (!branch) return null
    segments.push(branch)
    if (path.personSlug !== undefined) {
      const person = await resolveSlug(db, { kind: 'staff', scopeId: branch.id }, path.personSlug)
      if (!person) return null
      segments.push(person)
    }
  }
  if (!segments.some((s) => s.old)) return null
  return `/${segments.map((s) => s.slug).join('/')}`
}
