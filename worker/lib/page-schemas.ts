import { z } from '@hono/zod-openapi'

/** The cursor a keyset-paged list answers with; null on its last page. */
export const NextCursor = z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' })

/** A page of `item`s and the cursor to the page after it. */
export const cursorPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: NextCursor })

/** The page size as a documented query parameter: 1 to 100, `size` when left out. */
export const LimitParam = (size: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(size)
    .openapi({ param: { name: 'limit', in: 'query' }, example: size })
