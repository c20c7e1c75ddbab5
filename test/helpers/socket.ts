// Reading a Worker WebSocket in a test: every message is parsed as it arrives and queued until
// the test asks for it, so none is lost between two `await`s.

export interface CollectedMessages<T> {
  /** The oldest message not yet taken, waiting up to 10 s for one to arrive. */
  next(): Promise<T>
  /** Resolves with the close code once the socket closes. */
  closed: Promise<number>
}

/**
 * Accepts `socket` and collects its messages: each one's text is read as JSON and handed to
 * `parse` (typically a zod schema's `parse`), whose result `next()` returns in order.
 */
export function collectMessages<T>(socket: WebSocket, parse: (json: unknown) => T): CollectedMessages<T> {
  const queue: T[] = []
  const waiters: ((m: T) => void)[] = []
  socket.accept()
  socket.addEventListener('message', (event) => {
    const message = parse(JSON.parse(event.data as string))
    const waiter = waiters.shift()
    if (waiter) waiter(message)
    else queue.push(message)
  })
  const closed = new Promise<number>((resolve) => socket.addEventListener('close', (e) => resolve(e.code)))
  const next = () =>
    new Promise<T>((resolve, reject) => {
      const queued = queue.shift()
      if (queued) return resolve(queued)
      const timer = setTimeout(() => reject(new Error('no message within 10 s')), 10_000)
      waiters.push((m) => {
        clearTimeout(timer)
        resolve(m)
      })
    })
  return { next, closed }
}
