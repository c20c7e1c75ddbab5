/**
 * Round-robin that stays fair when the candidates change (someone goes away, a new agent
 * joins): the next one is the first candidate after the last chosen id in sorted order, so no
 * one is skipped or served twice because a list was reshuffled or grew.
 */
export function nextAfter(last: string | undefined, candidates: readonly string[]): string {
  const sorted = [...new Set(candidates)].sort()
  const first = sorted[0]
  if (first === undefined) throw new Error('A rotation needs at least one candidate')
  return (last === undefined ? undefined : sorted.find((id) => id > last)) ?? first
}
