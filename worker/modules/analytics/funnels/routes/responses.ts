import { z } from '@hono/zod-openapi'
import { problemDoc } from '../../../../lib/router.ts'
import { MAX_FUNNELS } from '../funnels.schemas.ts'

export const FUNNEL_ID_EXAMPLE = 'fnl_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

export const funnelProblems = {
  tooMany: problemDoc(`The organisation already keeps ${MAX_FUNNELS} funnels`),
}

/** A 200 that is JSON, or the same view as CSV with `?format=csv`. */
export const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  content: {
    'application/json': { schema },
    'text/csv': {
      schema: z.string().openapi({ description: 'The same rows as CSV, UTF-8 with a byte order mark' }),
    },
  },
  description,
})
