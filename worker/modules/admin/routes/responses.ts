import { problemDoc } from '../../../lib/router.ts'

export const conflictResponse = {
  409: problemDoc('The organisation is not in a state that allows this'),
} as const
export const goneResponse = { 410: problemDoc('The grace period is over') } as const
