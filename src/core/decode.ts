/**
 * Bytes of a repository file as the text kubectl reads: kubectl wraps every file in
 * `unicode.BOMOverride(unicode.UTF8.NewDecoder())`, so a UTF-16 file with a byte-order mark
 * (as Windows editors write) is applied like UTF-8, a UTF-8 mark is dropped, and nothing
 * else is decoded — a UTF-32 file is not something kubectl can apply.
 */
export type Decoded =
  { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { text?: undefined; why: string }

export function decodeFile(buf: Buffer): Decoded {
  if (startsWith(buf, [0x00, 0x00, 0xfe, 0xff]) || startsWith(buf, [0xff, 0xfe, 0x00, 0x00])) {
    return {
      why: 'UTF-32 text (with a byte-order mark), which kubectl does not decode (it reads UTF-8 and UTF-16 with a byte-order mark): kubectl cannot apply it',
    }
  }
  if (startsWith(buf, [0xff, 0xfe])) {
    return {
      text: buf.subarray(2, buf.length - (buf.length % 2)).toString('utf16le'),
      encoding: 'utf-16le',
    }
  }
  if (startsWith(buf, [0xfe, 0xff])) {
    const body = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)))
    body.swap16()
    return { text: body.toString('utf16le'), encoding: 'utf-16be' }
  }
  if (buf.subarray(0, 8192).includes(0)) return { why: 'binary content' }
  return { text: buf.toString('utf8'), encoding: 'utf-8' }
}

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b)
}

/**
 * Line breaks as go-yaml reads them: a CR alone ends a line like LF (old Mac files, some
 * generators). Replaced one for one, so offsets do not move.
 */
export function normalizeYamlBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}
