// Writes many Uint32Arrays as one file, one after another, through a buffer of a fixed size: joining
// them into one array first would hold a second copy of them all while the file is written.
import { open } from 'node:fs/promises'

/** Words per write (1 MB). */
const CHUNK = 1 << 18

/** Resolves with the bytes written (4 per number). */
export async function writeUint32Runs(path: string, runs: Iterable<Uint32Array>, chunkWords = CHUNK): Promise<number> {
  const file = await open(path, 'w')
  const chunk = new Uint32Array(chunkWords)
  let used = 0
  let written = 0
  const flush = async () => {
    await file.write(new Uint8Array(chunk.buffer, 0, 4 * used))
    written += 4 * used
    used = 0
  }
  try {
    for (const run of runs) {
      for (let from = 0; from < run.length;) {
        const take = Math.min(run.length - from, chunkWords - used)
        chunk.set(run.subarray(from, from + take), used)
        used += take
        from += take
        if (used === chunkWords) await flush()
      }
    }
    if (used > 0) await flush()
  } finally {
    await file.close()
  }
  return written
}
