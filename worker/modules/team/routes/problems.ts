import { Problem } from '../../../lib/errors.ts'

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: Problem } },
  description,
})

/** The answers of team routes beyond the shared `errorResponses`. */
export const teamProblems = {
  limit: problem('The plan has no seat left (LIMIT_EXCEEDED)'),
  conflict: problem('The change would break a rule: last owner, already a member, already invited'),
  gone: problem('The invitation was used, revoked or has expired'),
} as const
