import { parse, type CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import { columnOf, headerProblem } from './import-format.js';
import type { ImportRecord } from './offer-import.js';
import type { Rejection } from './import-format.js';

/** Refused before reading further: a header we cannot use. */
export class UnreadableFileError extends Error {}

/** The separator of a file: whichever of `;` and `,` its header line uses more. */
export function separatorOf(headerLine: string): ';' | ',' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') >= count(',') ? ';' : ',';
}

/**
 * The records of a CSV file as it streams in: UTF-8 with or without BOM, `;` or `,`
 * (read from the header line), cells by column name. A record the parser cannot read
 * (a quote left open…) is handed to `onBadRecord` and skipped, not the whole file.
 */
export async function* csvRecords(
  input: AsyncIterable<Buffer | string>,
  onBadRecord: (rejection: Rejection) => void,
): AsyncGenerator<ImportRecord> {
  const source = input[Symbol.asyncIterator]();
  let head = '';
  const decoder = new TextDecoder('utf-8');
  // Reads until the header line is whole, to choose the separator before parsing.
  while (!/[\r\n]/.test(head)) {
    const next = await source.next();
    if (next.done) break;
    head +=
      typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  }
  const headerLine = head.replace(/^\uFEFF/, '').split(/\r?\n|\r/)[0] ?? '';
  async function* rest(): AsyncGenerator<string> {
    yield head;
    for (let next = await source.next(); !next.done; next = await source.next()) {
      yield typeof next.value === 'string'
        ? next.value
        : decoder.decode(next.value, { stream: true });
    }
    yield decoder.decode();
  }
  let problem: string | null = null;
  const parser = Readable.from(rest()).pipe(
    parse({
      bom: true,
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
    }),
  );
  parser.on('skip', (error: CsvError) => {
    onBadRecord({
      line: (error as CsvError & { lines?: number }).lines ?? 0,
      reason: 'Cette ligne est mal formée (guillemet non fermé ?) : elle est ignorée.',
    });
  });
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
