import type { MemberAvailability } from './routing-api.ts'

const ROLE_LABELS: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  agent: 'Agent',
}

/** The team's switches and shifts, in words (never colour alone). */
export function RosterTable({ members }: { members: MemberAvailability[] }) {
  if (members.length === 0) return <p className="muted">Nobody works leads yet.</p>
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label="Team availability">
      <table className="data-table routing-roster">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Switch</th>
            <th scope="col">Shift</th>
            <th scope="col">Can take a lead now</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const takes = m.status === 'available' && m.onShift
            return (
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                <td>{ROLE_LABELS[m.role] ?? m.role}</td>
                <td>{m.status === 'available' ? 'Available' : 'Away'}</td>
                <td>{m.shifts ? (m.onShift ? 'On shift' : 'Off shift') : 'No shifts set'}</td>
                <td>
                  <span className={takes ? 'badge' : 'badge badge--muted'}>{takes ? 'Yes' : 'No'}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
