import { parse, type CsvError } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { columnOf, headerProblem } from './import-format.js';
import type { ImportRecord } from './offer-import.js';
import type { Rejection } from './import-format.js';

/** Refused before reading further: a header we cannot use, or a line far too long. */
export class UnreadableFileError extends Error {}

/**
 * The longest line a file may hold: a real catalogue line (a long description included)
 * is a few kilobytes. Bounding it keeps the parser's buffers, and the time spent on one
 * line, small whatever a client sends.
 */
export const MAX_LINE_BYTES = 64 * 1024;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The separator of a file: whichever of `;` and `,` its header line uses more. */
export function separatorOf(headerLine: string): ';' | ',' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') >= count(',') ? ';' : ',';
}

/** Whether a chunk holds a line break. */
function hasLineBreak(chunk: Buffer): boolean {
  return chunk.includes(NEWLINE) || chunk.includes(CARRIAGE_RETURN);
}

/**
 * The chunks of `input` as they come, refused once any line grows beyond MAX_LINE_BYTES.
 * Each byte is looked at once, so the check is linear in the file's size.
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let lineBytes = 0;
  let lineNumber = 1;
  for await (const value of input) {
    const chunk = typeof value === 'string' ? Buffer.from(value) : value;
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at];
      if (byte === NEWLINE || byte === CARRIAGE_RETURN) {
        if (byte === NEWLINE) lineNumber++;
        lineBytes = 0;
      } else if (++lineBytes > MAX_LINE_BYTES) {
        throw lineTooLong(lineNumber);
      }
    }
    yield chunk;
  }
}

function lineTooLong(line: number): UnreadableFileError {
  return new UnreadableFileError(
    `La ligne ${line} dépasse ${MAX_LINE_BYTES / 1024} Ko : ce fichier n'est pas un catalogue lisible.`,
  );
}

/**
 * The records of a CSV file as it streams in: UTF-8 with or without BOM, `;` or `,`
 * (read from the header line), cells by column name. A record the parser cannot read
 * (a quote left open…) is handed to `onBadRecord` and skipped, not the whole file.
 * An error of the input (the client went away, the file is too large) ends the
 * iteration with that error; nothing is left listening on a stream.
 */
export async function* csvRecords(
  input: AsyncIterable<Buffer | string>,
  onBadRecord: (rejection: Rejection) => void,
): AsyncGenerator<ImportRecord> {
  const source = boundedLines(input);
  // Reads until the header line is whole, to choose the separator before parsing.
  const head: Buffer[] = [];
  for (;;) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    if (hasLineBreak(next.value)) break;
  }
  const headText = new TextDecoder('utf-8').decode(Buffer.concat(head));
  const headerLine = headText.replace(/^\uFEFF/, '').split(/\r?\n|\r/)[0] ?? '';
  async function* whole(): AsyncGenerator<Buffer> {
    yield* head;
    yield* source;
  }
  let problem: string | null = null;
  const parser = parse({
    bom: true,
    encoding: 'utf-8',
    delimiter: separatorOf(headerLine),
    columns: (header: string[]) => {
      const columns = header.map(columnOf);
      problem = headerProblem(columns);
      if (problem) throw new UnreadableFileError(problem);
      return columns;
    },
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // A quote inside a cell (Le "Petit" Prince) is kept as written.
    relax_quotes: true,
    info: true,
  });
  parser.on('skip', (error: CsvError) => {
    onBadRecord({
      line: (error as CsvError & { lines?: number }).lines ?? 0,
      reason: 'Cette ligne est mal formée (guillemet non fermé ?) : elle est ignorée.',
    });
  });
  // pipeline, unlike pipe, hands an error of the source to the parser, whose iteration
  // below then throws it; and destroys the source when the iteration stops early.
  pipeline(Readable.from(whole()), parser, () => undefined);
  try {
    for await (const item of parser as AsyncIterable<{
      info: { lines: number };
      record: Record<string, string>;
    }>) {
      yield { line: item.info.lines, record: item.record };
    }
  } catch (error) {
    if (problem) throw new UnreadableFileError(problem);
    throw error;
  }
}
