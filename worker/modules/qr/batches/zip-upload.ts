/**
 * A ZIP written to R2 as files are added, so a 500-code batch never has to fit in memory:
 * fflate emits the archive in chunks and every full part goes to an R2 multipart upload (the
 * privacy exports' approach, for binary files). Nothing is visible under the key until
 * `finish()` completes the upload; `abort()` drops the parts, so a failed job leaves no half ZIP.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

// R2 wants every part but the last to be the same size and at least 5 MiB.
const PART_SIZE = 8 * 1024 * 1024
const HTTP_METADATA = { contentType: 'application/zip' }

export interface ZipUpload {
  /** Adds one file; `store` for formats that are compressed already (PNG, PDF). */
  add(name: string, body: Uint8Array | string, opts?: { store?: boolean }): Promise<void>
  /** Closes the archive and stores it; returns its size in bytes. */
  finish(): Promise<number>
  abort(): Promise<void>
}

export function openZipUpload(bucket: R2Bucket, key: string): ZipUpload {
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
    while (bufferedBytes >= PART_SIZE) {
      upload ??= await bucket.createMultipartUpload(key, { httpMetadata: HTTP_METADATA })
      parts.push(await upload.uploadPart(parts.length + 1, take(PART_SIZE)))
    }
  }

  return {
    async add(name, body, opts = {}) {
      const file = opts.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 })
      zip.add(file)
      file.push(typeof body === 'string' ? strToU8(body) : body, true)
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
