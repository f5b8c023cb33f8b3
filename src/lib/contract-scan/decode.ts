/**
 * A text file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or else
 * GB18030 (which covers GBK and GB2312). Binary data and undecodable text are refused with a code.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'binary' | 'encoding' };

/** Control characters other than tab, line breaks and form feed, as a share of the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const byte of sample)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  return control > sample.length / 100;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) return { ok: false, code: 'binary' };
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    try {
      return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, code: 'encoding' };
    }
  }
}

/** Whether decoded text reads like a contract at all (a wrong encoding gives none of these words). */
export function looksLikeContract(text: string): boolean {
  return /合同|协议|甲方|乙方|委托|条款|第.{1,3}条|agreement|contract|party|parties|shall|clause|article|terms/iu.test(
    text.slice(0, 200_000),
  );
}
