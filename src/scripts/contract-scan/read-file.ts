/**
 * A draft opened as a file: its text, or why it can't be read. Size is checked before anything is
 * read; the .docx reader (with fflate) is loaded only when a .docx is opened.
 */
import { decodeText, looksLikeContract } from '../../lib/contract-scan/decode';
import type { ContractScanStrings } from '../../lib/contract-scan/strings';
import type { Translate } from '../../lib/kit/strings';

/** Larger files are refused unread: a draft of 200 pages is a few MB as .docx and far less as text. */
export const MAX_FILE_BYTES = 15_000_000;

export type FileProblem = keyof ContractScanStrings &
  (
    | 'errorPdf'
    | 'errorTooLarge'
    | 'errorType'
    | 'errorDocx'
    | 'errorBomb'
    | 'errorNoText'
    | 'errorBinary'
    | 'errorEncoding'
    | 'errorNotContract'
  );

export type FileResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
export const sizeWords = { size: megabytes, limit: megabytes(MAX_FILE_BYTES) };

export async function readDraftFile(file: File): Promise<FileResult> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf') || file.type === 'application/pdf') return { ok: false, problem: 'errorPdf' };
  const docx = name.endsWith('.docx');
  if (!docx && !name.endsWith('.txt') && file.type !== 'text/plain') return { ok: false, problem: 'errorType' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'errorTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  if (docx) {
    const { docxText } = await import('../../lib/contract-scan/docx');
    const result = docxText(bytes);
    if (!result.ok)
      return {
        ok: false,
        problem: result.code === 'bomb' ? 'errorBomb' : result.code === 'no-text' ? 'errorNoText' : 'errorDocx',
      };
    text = result.text;
  } else {
    const result = decodeText(bytes);
    if (!result.ok) return { ok: false, problem: result.code === 'binary' ? 'errorBinary' : 'errorEncoding' };
    text = result.text;
  }
  return looksLikeContract(text) ? { ok: true, text } : { ok: false, problem: 'errorNotContract' };
}

/** Reads a file the merchant opened, and words the outcome: what was read, or why it could not be. */
export async function openDraftFile(
  file: File,
  t: Translate<ContractScanStrings>,
): Promise<{ text: string | null; message: string }> {
  const read = await readDraftFile(file).catch(() => ({ ok: false as const, problem: 'errorDocx' as const }));
  if (!read.ok)
    return { text: null, message: t(read.problem, { size: sizeWords.size(file.size), limit: sizeWords.limit }) };
  const lines = read.text.split('\n').filter((line) => line.trim()).length;
  return { text: read.text, message: t('readFile', { name: file.name, n: lines }) };
}
