/** One CSV record and the (1-based) line it starts on. */
export type CsvRecord = { fields: string[]; line: number };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
  }
}

type State = "fieldStart" | "unquoted" | "quoted" | "quoteInQuoted";

/**
 * An incremental RFC 4180 parser: feed chunks with `push`, finish with `end`; each returns the
 * records completed so far, so memory holds one record, not the file. Accepts CRLF, LF and CR line
 * ends and a leading BOM. Lenient where files in the wild differ harmlessly (a quote inside an
 * unquoted field is kept as text); strict where the structure is lost (a quoted field never closed,
 * text after a closing quote), which throws CsvSyntaxError.
 */
export class CsvParser {
  private state: State = "fieldStart";
  private field = "";
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private afterCR = false;
  private started = false;
  private out: CsvRecord[] = [];

  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (const char of text) this.consume(char);
    return this.flush();
  }

  end(): CsvRecord[] {
    if (this.state === "quoted") throw new CsvSyntaxError(this.quoteLine, "a quoted field is never closed (unbalanced double quote)");
    if (this.state !== "fieldStart" || this.fields.length > 0) this.endRecord();
    return this.flush();
  }

  private flush(): CsvRecord[] {
    const records = this.out;
    this.out = [];
    return records;
  }

  private consume(char: string): void {
    // The LF of a CRLF pair: the CR already ended the line (or was kept inside a quoted field).
    if (this.afterCR) {
      this.afterCR = false;
      if (char === "\n") {
        if (this.state === "quoted") this.field += char;
        return;
      }
    }
    switch (this.state) {
      case "fieldStart":
        if (char === '"') {
          this.state = "quoted";
          this.quoteLine = this.line;
        } else if (char === ",") this.endField();
        else if (char === "\r" || char === "\n") this.newline(char, true);
        else {
          this.field += char;
          this.state = "unquoted";
        }
        return;
      case "unquoted":
        if (char === ",") this.endField();
        else if (char === "\r" || char === "\n") this.newline(char, true);
        else this.field += char;
        return;
      case "quoted":
        if (char === '"') this.state = "quoteInQuoted";
        else {
          if (char === "\r" || char === "\n") this.newline(char, false);
          this.field += char;
        }
        return;
      case "quoteInQuoted":
        if (char === '"') {
          this.field += '"';
          this.state = "quoted";
        } else if (char === ",") this.endField();
        else if (char === "\r" || char === "\n") this.newline(char, true);
        else throw new CsvSyntaxError(this.line, `unexpected ${JSON.stringify(char)} after a closing double quote`);
    }
  }

  private newline(char: string, endsRecord: boolean): void {
    if (char === "\r") this.afterCR = true;
    if (endsRecord) this.endRecord();
    this.line += 1;
    if (endsRecord) this.recordLine = this.line;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.state = "fieldStart";
  }

  private endRecord(): void {
    this.endField();
    this.out.push({ fields: this.fields, line: this.recordLine });
    this.fields = [];
  }
}

/** Records of a CSV text or a stream of text chunks, one at a time. */
export async function* readCsv(source: string | Iterable<string> | AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  const chunks = typeof source === "string" ? chunksOf(source, 64 * 1024) : source;
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}

function* chunksOf(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

// Spreadsheets run cells starting with these as formulas (CSV injection): such cells get a leading '.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV line (CRLF-terminated), quoting fields that need it. */
export function csvRow(values: string[]): string {
  return `${values
    .map((raw) => {
      const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
      return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    })
    .join(",")}\r\n`;
}
