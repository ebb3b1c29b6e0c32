import { describe, expect, it } from "vitest";
import { isSqliteUrl, mapEngineError, parseArgs, sqlitePath } from "./schema-engine-lib.mjs";

describe("parseArgs", () => {
  it("collects repeated --datamodels and parses --datasource JSON", () => {
    const options = parseArgs([
      "--datamodels",
      "/app/prisma/a.prisma",
      "-d",
      "/app/prisma/b.prisma",
      "--datasource",
      '{"url":"file:/tmp/x.db","shadowDatabaseUrl":"file:/tmp/s.db"}',
    ]);
    expect(options).toEqual({
      datamodels: ["/app/prisma/a.prisma", "/app/prisma/b.prisma"],
      datasource: { url: "file:/tmp/x.db", shadowDatabaseUrl: "file:/tmp/s.db" },
      cli: null,
      version: false,
    });
  });

  it("reads the one-shot cli command", () => {
    const options = parseArgs(["--datasource", '{"url":"postgresql://h/db"}', "cli", "create-database"]);
    expect(options.cli).toBe("create-database");
    expect(options.datasource).toEqual({ url: "postgresql://h/db" });
  });

  it("recognises --version and -V", () => {
    expect(parseArgs(["--version"]).version).toBe(true);
    expect(parseArgs(["-V"]).version).toBe(true);
    expect(parseArgs([]).version).toBe(false);
  });

  it("skips unknown flags together with their value", () => {
    // If the value were not skipped, "cli" here would be read as the one-shot command.
    const options = parseArgs(["--enabled-preview-features", "cli", "--extension-types", "json", "--datamodels", "/s.prisma"]);
    expect(options).toEqual({ datamodels: ["/s.prisma"], datasource: null, cli: null, version: false });
  });

  it("does not swallow the next argument after a --flag=value", () => {
    expect(parseArgs(["--log-format=json", "cli", "can-connect-to-database"]).cli).toBe("can-connect-to-database");
  });
});

describe("mapEngineError", () => {
  it("recovers P1003 from a plain 'Database does not exist' Error", () => {
    const { code, data } = mapEngineError(new Error("Database `statuspage_new` does not exist on the database server"));
    expect(code).toBe(4466);
    expect(data).toEqual({
      is_panic: false,
      message: "Database `statuspage_new` does not exist on the database server",
      error_code: "P1003",
    });
  });

  it("recovers P1001 from 'Can't reach database server'", () => {
    const { data } = mapEngineError(new Error("Can't reach database server at `127.0.0.1:1`"));
    expect(data.error_code).toBe("P1001");
  });

  it("gives no code to errors it does not recognise", () => {
    const { data } = mapEngineError(new Error('syntax error at or near "TABLE"'));
    expect(data).not.toHaveProperty("error_code");
    expect(data.message).toBe('syntax error at or near "TABLE"');
  });

  it("keeps an error_code the error already carries", () => {
    const error = Object.assign(new Error("The database schema is not empty."), { error_code: "P3005" });
    expect(mapEngineError(error).data.error_code).toBe("P3005");
  });

  it("reads a JSON-encoded engine error in the message, with its nested data", () => {
    const message = JSON.stringify({
      code: 4466,
      data: { is_panic: false, message: "Drift detected", error_code: "P3006", meta: { migration_name: "x" } },
    });
    const { code, data } = mapEngineError(new Error(message));
    expect(code).toBe(4466);
    expect(data).toEqual({ is_panic: false, message: "Drift detected", error_code: "P3006", meta: { migration_name: "x" } });
  });

  it("keeps a P-code given as `code` and a numeric JSON-RPC code", () => {
    expect(mapEngineError({ message: "x", code: "P1014" }).data.error_code).toBe("P1014");
    expect(mapEngineError(Object.assign(new Error("nope"), { code: -32601 })).code).toBe(-32601);
  });

  it("reports panics", () => {
    expect(mapEngineError({ message: "RuntimeError: unreachable", is_panic: true }).data.is_panic).toBe(true);
    expect(mapEngineError({ message: "RuntimeError: unreachable", isPanic: true }).data.is_panic).toBe(true);
  });

  it("trims trailing whitespace from the message", () => {
    expect(mapEngineError(new Error("Something failed\n\n  ")).data.message).toBe("Something failed");
  });

  it("accepts things that are not errors", () => {
    expect(mapEngineError("boom").data.message).toBe("boom");
  });
});

describe("sqlitePath", () => {
  it("strips the scheme and any query string", () => {
    expect(sqlitePath("file:/tmp/app.db")).toBe("/tmp/app.db");
    expect(sqlitePath("file:./data/app.db?connection_limit=1")).toBe("./data/app.db");
  });

  it("pairs with isSqliteUrl", () => {
    expect(isSqliteUrl("file:/tmp/app.db")).toBe(true);
    expect(isSqliteUrl("postgresql://root@127.0.0.1/app")).toBe(false);
  });
});
