import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../../../../env.ts'
import { XLSX_CONTENT_TYPE } from '../../../../lib/xlsx.ts'
import { type ReportTable, reportCsv, reportXlsx } from '../report-export.ts'
import type { ReportFormat } from '../report-query.schemas.ts'

/** A report's 200: JSON by default, or its tables as CSV or Excel with `?format=`. */
export const reportContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: {
    'application/json': { schema },
    'text/csv': {
      schema: z.string().openapi({ description: 'The main table; UTF-8 with a byte order mark' }),
    },
    [XLSX_CONTENT_TYPE]: {
      schema: z.string().openapi({ format: 'binary', description: 'Every table, one worksheet each' }),
    },
  },
  description,
})

/** The report's tables as a CSV or Excel download named `{basename}.csv|xlsx`. */
export function sendReportFile(
  c: Context<AppEnv>,
  format: Exclude<ReportFormat, 'json'>,
  tables: ReportTable[],
  basename: string,
) {
  const file = format === 'csv' ? reportCsv(tables, basename) : reportXlsx(tables, basename)
  return c.body(file.body, 200, file.headers)
}

export const REPORT_FILTERS_NOTE =
  '`branchId` and `pipelineId` of another organisation, or a branch outside yours when you are limited to some, answer 404. Amounts are minor units and never added across currencies. `?format=csv` downloads the main table, `?format=xlsx` an Excel workbook with every table.'
