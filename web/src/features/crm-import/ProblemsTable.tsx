import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import type { ImportPreview } from './crm-import-api.ts'

type Problem = ImportPreview['problems'][number]

/** The row problems found: row number (the header is row 0), field and what is wrong. */
export function ProblemsTable({ problems, total }: { problems: readonly Problem[]; total: number }) {
  const caption =
    total > problems.length
      ? `Problems by row (the first ${problems.length} of ${total.toLocaleString()})`
      : 'Problems by row'
  return (
    <ScrollTable caption={caption} columns={['Row', 'Field', 'Problem']}>
      {problems.map((p) => (
        <tr key={`${p.row}-${p.field ?? ''}-${p.message}`}>
          <td>{p.row}</td>
          <td>{p.field ?? '—'}</td>
          <td>{p.message}</td>
        </tr>
      ))}
    </ScrollTable>
  )
}
