import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { handleLinkClick } from '../../../app/router.ts'
import { RowActions } from '../RowActions.tsx'
import type { Funnel } from './funnels-api.ts'

export const editFunnelButtonId = (funnelId: string) => `an-funnel-edit-${funnelId}`

/** The organisation's funnels; the one shown below is marked, and write buttons are for managers. */
export function FunnelsTable({
  funnels,
  selectedId,
  hrefOf,
  canManage,
  onEdit,
  onDelete,
}: {
  funnels: readonly Funnel[]
  selectedId: string | null
  hrefOf: (funnel: Funnel) => string
  canManage: boolean
  onEdit: (funnel: Funnel) => void
  onDelete: (funnel: Funnel) => Promise<boolean>
}) {
  const columns = ['Funnel', 'Steps']
  return (
    <ScrollTable
      caption="Funnels, oldest first"
      columns={canManage ? [...columns, { hidden: 'Actions' }] : columns}
      className="data-table an-funnels-table"
    >
      {funnels.map((funnel) => (
        <tr key={funnel.id} className={funnel.id === selectedId ? 'an-row--current' : undefined}>
          <th scope="row">
            <a
              href={hrefOf(funnel)}
              onClick={handleLinkClick}
              aria-current={funnel.id === selectedId ? 'true' : undefined}
              dir="auto"
            >
              {funnel.name}
            </a>
            {funnel.id === selectedId && <span className="muted an-block">Shown below</span>}
          </th>
          <td>
            <ol className="an-step-chain">
              {funnel.steps.map((step, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps may share a label; their order is their identity
                <li key={index} dir="auto">
                  {step.label}
                </li>
              ))}
            </ol>
          </td>
          {canManage && (
            <RowActions
              editId={editFunnelButtonId(funnel.id)}
              editLabel={`Edit “${funnel.name}”`}
              onEdit={() => onEdit(funnel)}
              deleteQuestion={`Delete the funnel “${funnel.name}”?`}
              deleteLabel="Delete the funnel"
              deleteName={`“${funnel.name}”`}
              onDelete={() => onDelete(funnel)}
            />
          )}
        </tr>
      ))}
    </ScrollTable>
  )
}
