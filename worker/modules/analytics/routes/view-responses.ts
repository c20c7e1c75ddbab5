// What the analytics views share in their OpenAPI description.
import { z } from '@hono/zod-openapi'
import { MAX_RANGE_DAYS } from '../../qr/analytics/analytics.schemas.ts'

/** An analytics view's 200: its JSON, or the same rows as CSV with `format=csv`. */
export const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  content: {
    'application/json': { schema },
    'text/csv': {
      schema: z
        .string()
        .openapi({ description: 'With format=csv: the same rows as CSV, UTF-8 with a byte order mark' }),
    },
  },
  description,
})

export const SCOPE_DOC = `Whose numbers: \`branchId\` or \`siteId\` (one branch), \`brandId\` (the brand), or the whole organisation when none is given; members limited to some branches see the sum of theirs (403 for another branch). UTC days \`from\` to \`to\`, both included (default the last 30 days, at most ${MAX_RANGE_DAYS}). Read from daily rollups, never raw events. API keys need the \`analytics:read\` scope.`

export const CSV_DOC =
  '`format=csv` answers the same rows as a CSV file (`analytics-<view>-<from>-<to>.csv`), with the JSON field names in snake_case as header; cells a spreadsheet would run as formulas start with an apostrophe.'
