import { Problem } from '../../../lib/errors.ts'

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: Problem } },
  description,
})

export const conflictResponse = {
  409: problem('The organisation is not in a state that allows this'),
} as const
export const goneResponse = { 410: problem('The grace period is over') } as const
