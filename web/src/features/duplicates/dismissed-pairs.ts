// Pairs someone marked "not a duplicate". Kept for this browser tab (sessionStorage), per
// organisation: the server does not store dismissals yet, so they do not follow a person to
// another device or reach their colleagues.
const keyFor = (tenantId: string) => `vitrine:not-duplicates:${tenantId}`

export function dismissedPairs(tenantId: string): Set<string> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(keyFor(tenantId)) ?? '[]')
    return new Set(Array.isArray(saved) ? saved.filter((k): k is string => typeof k === 'string') : [])
  } catch {
    return new Set()
  }
}

export function dismissPair(tenantId: string, key: string): Set<string> {
  const next = new Set(dismissedPairs(tenantId)).add(key)
  try {
    sessionStorage.setItem(keyFor(tenantId), JSON.stringify([...next]))
  } catch {
    // Storage full or off: the pair is still hidden until the page is left.
  }
  return next
}
