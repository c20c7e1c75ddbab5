import { ApiError } from '../../../lib/errors.ts'
import type { StageKind } from './deals.tables.ts'

const FIXED: Partial<Record<StageKind, number>> = { won: 100, lost: 0 }

/**
 * A stage's win probability: a won stage is certain and a lost one hopeless, so those are fixed
 * (and a different value is refused rather than silently changed); an open stage keeps what it
 * is given, or `fallback`.
 */
export function probabilityFor(
  kind: StageKind,
  given: number | undefined,
  fallback: number,
  path: string,
): number {
  const fixed = FIXED[kind]
  if (fixed === undefined) return given ?? fallback
  if (given !== undefined && given !== fixed) {
    const message = `A ${kind} stage's win probability is ${fixed}%`
    throw new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })
  }
  return fixed
}

export const badRequest = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })
