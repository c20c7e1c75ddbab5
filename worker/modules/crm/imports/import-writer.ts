import type { PgTx } from '../../../lib/pg.ts'
import type { DuplicatePolicy, ImportRowProblem } from './imports.tables.ts'

/** How a confirmed import writes: the same for every chunk. */
export interface WriteContext {
  tenantId: string
  policy: DuplicatePolicy
  /** Added to every record the import creates or merges into. */
  tag: string | null
  /** The branch of records (and companies) the import creates. */
  branchId: string | null
  now: Date
}

/** What a chunk did: each valid row is created, merged into a record (updated), or skipped. */
export interface ChunkResult {
  created: number
  updated: number
  skipped: number
  /** Valid rows that still could not be written, with why. */
  problems: ImportRowProblem[]
  /** Contact ids created or changed, to be scored again. */
  touched: string[]
}

export type ChunkWriter<Row> = (tx: PgTx, w: WriteContext, rows: Row[]) => Promise<ChunkResult>
