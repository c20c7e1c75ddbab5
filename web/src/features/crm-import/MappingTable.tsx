import { useId } from 'react'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import type { Mapping, UploadedImport } from './crm-import-api.ts'

/**
 * Step 2: one row per column of the file, with an example value and what it becomes. A field
 * picked for a second column moves there (a field takes one column).
 */
export function MappingTable({
  imp,
  mapping,
  onChange,
}: {
  imp: UploadedImport
  mapping: Mapping
  onChange: (mapping: Mapping) => void
}) {
  const id = useId()
  const example = (index: number) => imp.sample.find((row) => row.fields?.[index])?.fields?.[index] ?? ''

  function pick(header: string, field: string) {
    const next: Mapping = {}
    for (const [column, value] of Object.entries(mapping))
      if (column !== header && value !== field) next[column] = value
    if (field) next[header] = field
    onChange(next)
  }

  return (
    <ScrollTable caption="Columns of your file" columns={['Column', 'Example', 'Import as']}>
      {imp.headers.map((header, index) => (
        <tr key={header}>
          <th scope="row">{header}</th>
          <td className="crm-import__example">{example(index) || <span className="muted">empty</span>}</td>
          <td>
            <label htmlFor={`${id}-${index}`} className="visually-hidden">
              Import the column “{header}” as
            </label>
            <select
              id={`${id}-${index}`}
              value={mapping[header] ?? ''}
              onChange={(e) => pick(header, e.target.value)}
            >
              <option value="">Don’t import</option>
              {imp.fields.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </td>
        </tr>
      ))}
    </ScrollTable>
  )
}
