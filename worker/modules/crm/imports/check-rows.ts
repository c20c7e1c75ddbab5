// Every row of an import checked against its mapping without writing anything: the preview's
// report, and the count a start needs confirmed. Duplicates are counted on identities: e-mail
// and phone for contacts, domain for companies.
import { and, eq, inArray, or } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { fileRows } from './import-file.ts'
import { type CompanyRow, type ContactRow, type RowContext, readRow } from './import-rows.ts'
import { MAX_STORED_PROBLEMS } from './imports.repo.ts'
import type { ImportRowProblem } from './imports.tables.ts'

export interface RowsReport {
  totalRows: number
  valid: number
  invalid: number
  duplicatesInFile: number
  duplicatesExisting: number
  /** The first MAX_STORED_PROBLEMS problems, in row order. */
  problems: ImportRowProblem[]
  problemCount: number
}

const LOOKUP_BATCH = 1000

const identitiesOf = (value: ContactRow | CompanyRow): string[] =>
  'email' in value
    ? [value.email && `e:${value.email}`, value.phone && `p:${value.phone}`].filter((v): v is string => !!v)
    : value.domain
      ? [`d:${value.domain}`]
      : []

/** Which of `keys` (`e:` e-mail, `p:` phone, `d:` domain) a record of the tenant already holds. */
async function existingIdentities(tx: PgTx, tenantId: string, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  const of = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2))
  const emails = of('e:')
  const phones = of('p:')
  const domains = of('d:')
  for (let i = 0; i < Math.max(emails.length, phones.length); i += LOOKUP_BATCH) {
    const e = emails.slice(i, i + LOOKUP_BATCH)
    const p = phones.slice(i, i + LOOKUP_BATCH)
    const rows = await tx
      .select({ email: contacts.email, phone: contacts.phone })
      .from(contacts)
      .where(
        and(
          eq(contacts.tenantId, tenantId),
          or(
            e.length > 0 ? inArray(contacts.email, e) : undefined,
            p.length > 0 ? inArray(contacts.phone, p) : undefined,
          ),
        ),
      )
    for (const r of rows) {
      if (r.email) found.add(`e:${r.email}`)
      if (r.phone) found.add(`p:${r.phone}`)
    }
  }
  for (let i = 0; i < domains.length; i += LOOKUP_BATCH) {
    const rows = await tx
      .select({ domain: companies.domain })
      .from(companies)
      .where(
        and(eq(companies.tenantId, tenantId), inArray(companies.domain, domains.slice(i, i + LOOKUP_BATCH))),
      )
    for (const r of rows) if (r.domain) found.add(`d:${r.domain}`)
  }
  return found
}

/** Reads the whole file through `rowCtx` and reports what an import would make of it. */
export async function checkRows(
  tx: PgTx,
  tenantId: string,
  text: string,
  totalRows: number,
  rowCtx: RowContext,
): Promise<RowsReport> {
  const problems: ImportRowProblem[] = []
  let problemCount = 0
  let invalid = 0
  let duplicatesInFile = 0
  const seen = new Set<string>()
  const firstSeen: string[][] = []
  for (const record of fileRows(text, 0, totalRows)) {
    const result = readRow(rowCtx, record.row, record)
    if (!result.ok) {
      invalid++
      problemCount += result.problems.length
      for (const p of result.problems) if (problems.length < MAX_STORED_PROBLEMS) problems.push(p)
      continue
    }
    const keys = identitiesOf(result.value)
    if (keys.some((k) => seen.has(k))) duplicatesInFile++
    else firstSeen.push(keys)
    for (const k of keys) seen.add(k)
  }
  const existing = await existingIdentities(tx, tenantId, [...seen])
  const duplicatesExisting = firstSeen.filter((keys) => keys.some((k) => existing.has(k))).length
  return {
    totalRows,
    valid: totalRows - invalid,
    invalid,
    duplicatesInFile,
    duplicatesExisting,
    problems,
    problemCount,
  }
}
