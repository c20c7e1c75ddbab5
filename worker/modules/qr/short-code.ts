// The `{code}` in `/q/{code}`: short enough for a small printed code, random enough that codes
// cannot be enumerated, and readable aloud (no 0/O, 1/l/I look-alikes).
export const SHORT_CODE_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
export const SHORT_CODE_LENGTH = 8

/** What a well-formed code looks like; anything else is answered 404 without a KV read. */
export const SHORT_CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`)

// The largest multiple of the alphabet size below 256: bytes at or above it are redrawn, so
// every character is equally likely (a plain modulo would favour the first few).
const UNBIASED_LIMIT = 256 - (256 % SHORT_CODE_ALPHABET.length)

/** 8 characters from 56: about 46 bits, from the platform's CSPRNG. */
export function newShortCode(): string {
  let code = ''
  while (code.length < SHORT_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte >= UNBIASED_LIMIT) continue
      code += SHORT_CODE_ALPHABET[byte % SHORT_CODE_ALPHABET.length]
      if (code.length === SHORT_CODE_LENGTH) break
    }
  }
  return code
}

/** Whether an insert hit the unique index on qr_codes.code (D1's message, maybe wrapped by Drizzle). */
export function isShortCodeCollision(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (/UNIQUE constraint failed: qr_codes\.code/.test(String((e as Error).message ?? e))) return true
  return false
}
