import { problemDoc } from '../../../lib/router.ts'

/** The answers of team routes beyond the shared `errorResponses`. */
export const teamProblems = {
  limit: problemDoc('The plan has no seat left (LIMIT_EXCEEDED)'),
  conflict: problemDoc('The change would break a rule: last owner, already a member, already invited'),
  gone: problemDoc('The invitation was used, revoked or has expired'),
} as const
