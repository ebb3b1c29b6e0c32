import { describe, expect, it } from "vitest";
import { CsvParser, CsvSyntaxError, csvRow, readCsv, type CsvRecord } from "./csv";

async function parse(source: string | string[]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsv(source)) records.push(record);
  return records;
}

const fields = async (source: string | string[]) => (await parse(source)).map((r) => r.fields);

describe("CSV parser", () => {
  it("splits records and fields, with or without a final line end", async () => {
    expect(await fields("email,components\na@x.io,API\nb@x.io,\n")).toEqual([
      ["email", "components"],
      ["a@x.io", "API"],
      ["b@x.io", ""],
    ]);
    expect(await fields("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(await fields("")).toEqual([]);
    expect(await fields("a,")).toEqual([["a", ""]]);
  });

  it("accepts CRLF, LF and lone CR line ends and numbers lines", async () => {
    const records = await parse("h\r\none\r\ntwo\nthree\rfour");
    expect(records).toEqual([
      { fields: ["h"], line: 1 },
      { fields: ["one"], line: 2 },
      { fields: ["two"], line: 3 },
      { fields: ["three"], line: 4 },
      { fields: ["four"], line: 5 },
    ]);
  });

  it("drops a leading byte order mark", async () => {
    expect(await fields("\uFEFFemail\nx@y.io\n")).toEqual([["email"], ["x@y.io"]]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, and keeps counting lines", async () => {
    const records = await parse('email,note\r\n"a@x.io","say ""hi"", twice"\r\n"b@x.io","two\r\nlines"\r\nc@x.io,x\r\n');
    expect(records).toEqual([
      { fields: ["email", "note"], line: 1 },
      { fields: ["a@x.io", 'say "hi", twice'], line: 2 },
      { fields: ["b@x.io", "two\r\nlines"], line: 3 },
      { fields: ["c@x.io", "x"], line: 5 },
    ]);
    expect(await fields('""\n"",""')).toEqual([[""], ["", ""]]);
  });

  it("gives the same records whatever the chunking (CRLF, quotes and BOM split across chunks)", async () => {
    const text = '\uFEFFemail,c\r\n"a,""b""@x.io",API;Web\r\n"multi\r\nline",\r\nz@x.io,Q';
    const whole = await fields(text);
    expect(await fields(Array.from(text))).toEqual(whole);
    expect(await fields([text.slice(0, 8), text.slice(8, 9), text.slice(9)])).toEqual(whole);
    expect(whole).toEqual([
      ["email", "c"],
      ['a,"b"@x.io', "API;Web"],
      ["multi\r\nline", ""],
      ["z@x.io", "Q"],
    ]);
  });

  it("keeps blank lines as one empty field (the importer skips them)", async () => {
    expect(await parse("a\n\nb\n")).toEqual([
      { fields: ["a"], line: 1 },
      { fields: [""], line: 2 },
      { fields: ["b"], line: 3 },
    ]);
  });

  it("keeps a stray quote inside an unquoted field as text", async () => {
    expect(await fields('it"s,ok\n')).toEqual([['it"s', "ok"]]);
  });

  it("refuses a quoted field that is never closed, naming the line it opened on", async () => {
    const error = await parse('email\na@x.io\n"b@x.io\nc@x.io\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
    expect((error as Error).message).toBe("Line 3: a quoted field is never closed (unbalanced double quote)");
  });

  it("refuses text after a closing quote", () => {
    const parser = new CsvParser();
    expect(() => parser.push('email\n"a@x.io"x,1\n')).toThrow('Line 2: unexpected "x" after a closing double quote');
  });
});

describe("csvRow", () => {
  it("quotes only what needs it and ends lines with CRLF", () => {
    expect(csvRow(["a@x.io", "active", 'say "hi"', "a,b", "two\nlines", ""])).toBe('a@x.io,active,"say ""hi""","a,b","two\nlines",\r\n');
  });

  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(csvRow(["=1+2", "+x", "-y", "@z", "ok"])).toBe("'=1+2,'+x,'-y,'@z,ok\r\n");
  });

  it("round-trips through the parser", async () => {
    const values = ["x@y.io", 'He said "go", then left', "line\r\nbreak", ""];
    expect(await fields(csvRow(values))).toEqual([values]);
  });
});
