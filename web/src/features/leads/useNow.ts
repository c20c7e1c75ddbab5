import { useSyncExternalStore } from 'react'

// One timer for every countdown on the screen, however many rows show one.
const watchers = new Set<() => void>()
let now = Date.now()
let timer: ReturnType<typeof setInterval> | undefined

function subscribe(watcher: () => void): () => void {
  watchers.add(watcher)
  now = Date.now()
  timer ??= setInterval(() => {
    now = Date.now()
    for (const w of watchers) w()
  }, 5_000)
  return () => {
    watchers.delete(watcher)
    if (watchers.size > 0) return
    clearInterval(timer)
    timer = undefined
  }
}

/** The time now, in milliseconds, updated every few seconds while a component shows it. */
export const useNow = (): number => useSyncExternalStore(subscribe, () => now)
