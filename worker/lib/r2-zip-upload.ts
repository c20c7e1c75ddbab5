/**
 * A ZIP written to R2 as files are added, so a large archive (a tenant export, a 500-code QR
 * batch) never has to fit in memory: fflate emits the archive in chunks and every full part
 * goes to an R2 multipart upload. An archive smaller than one part is stored with a single put.
 * Nothing is visible under the key until `finish()` completes the upload; `abort()` drops the
 * parts, so a failed job leaves no half ZIP.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

// R2 wants every part but the last to be the same size and at least 5 MiB.
export const PART_SIZE = 8 * 1024 * 1024
export const MIN_PART_SIZE = 5 * 1024 * 1024

const HTTP_METADATA = { contentType: 'application/zip' }

type Chunk = Uint8Array | string

export interface ZipUpload {
  /** Adds one file in one piece; `store` for formats that are compressed already (PNG, PDF). */
  add(name: string, body: Chunk, opts?: { store?: boolean }): Promise<void>
  /** Adds a deflated file written piece by piece; full parts are uploaded as they fill. */
  addStream(name: string, write: (push: (chunk: Chunk) => Promise<void>) => Promise<void>): Promise<void>
  /** Closes the archive and stores it; returns its size in bytes. */
  finish(): Promise<number>
  /** Drops whatever was uploaded. */
  abort(): Promise<void>
}

const bytesOf = (chunk: Chunk) => (typeof chunk === 'string' ? strToU8(chunk) : chunk)

export function openZipUpload(bucket: R2Bucket, key: string, partSize = PART_SIZE): ZipUpload {
  if (partSize < MIN_PART_SIZE) throw new Error(`R2 parts must be at least ${MIN_PART_SIZE} bytes`)
  const buffered: Uint8Array[] = []
  let bufferedBytes = 0
  let totalBytes = 0
  let failure: Error | null = null
  let upload: R2MultipartUpload | null = null
  const parts: R2UploadedPart[] = []

  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else {
      buffered.push(chunk)
      bufferedBytes += chunk.length
      totalBytes += chunk.length
    }
  })

  /** The first `size` buffered bytes, as one array. */
  function take(size: number): Uint8Array {
    const out = new Uint8Array(size)
    let filled = 0
    while (filled < size) {
      const head = buffered[0]!
      const used = Math.min(head.length, size - filled)
      out.set(head.subarray(0, used), filled)
      filled += used
      if (used === head.length) buffered.shift()
      else buffered[0] = head.subarray(used)
    }
    bufferedBytes -= size
    return out
  }

  async function uploadFullParts(): Promise<void> {
    if (failure) throw failure
    while (bufferedBytes >= partSize) {
      upload ??= await bucket.createMultipartUpload(key, { httpMetadata: HTTP_METADATA })
      parts.push(await upload.uploadPart(parts.length + 1, take(partSize)))
    }
  }

  return {
    async add(name, body, opts = {}) {
      const file = opts.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 })
      zip.add(file)
      file.push(bytesOf(body), true)
      await uploadFullParts()
    },

    async addStream(name, write) {
      const file = new ZipDeflate(name, { level: 6 })
      zip.add(file)
      await write(async (chunk) => {
        file.push(bytesOf(chunk))
        await uploadFullParts()
      })
      file.push(new Uint8Array(0), true)
      await uploadFullParts()
    },

    async finish() {
      zip.end()
      if (failure) throw failure
      if (!upload) {
        await bucket.put(key, take(bufferedBytes), { httpMetadata: HTTP_METADATA })
        return totalBytes
      }
      await uploadFullParts()
      if (bufferedBytes > 0) parts.push(await upload.uploadPart(parts.length + 1, take(bufferedBytes)))
      await upload.complete(parts)
      return totalBytes
    },

    async abort() {
      await upload?.abort().catch(() => undefined)
    },
  }
}
