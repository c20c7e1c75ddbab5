import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { getDeadLetter } from './get-dead-letter.ts'
import { listDeadLetters } from './list-dead-letters.ts'
import { replayDeadLetter } from './replay-dead-letter.ts'

export const deadLetterRoutes = createRouter<AppEnv>().openapiRoutes([
  listDeadLetters,
  getDeadLetter,
  replayDeadLetter,
] as const)
