import { drizzle } from 'drizzle-orm/d1'

export type D1Db = ReturnType<typeof drizzle>

export function d1(db: D1Database): D1Db {
  return drizzle(db)
}
