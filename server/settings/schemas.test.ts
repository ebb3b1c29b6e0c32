import { describe, expect, it } from "vitest";
import { UpdateSettingsInput } from "./schemas";

const valid = {
  pageName: "Acme Status",
  publicUrl: "https://status.acme.example/",
  logoUrl: "",
  timeZone: "Europe/Berlin",
  senderName: "Acme",
  senderEmail: " status@acme.example ",
  uptimeWeightMajor: "1",
  uptimeWeightPartial: "0.3",
  uptimeWeightDegraded: "0",
};

const errors = (input: Record<string, unknown>) => {
  const result = UpdateSettingsInput.safeParse({ ...valid, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("UpdateSettingsInput", () => {
  it("normalises a valid form", () => {
    expect(UpdateSettingsInput.parse(valid)).toEqual({
      ...valid,
      publicUrl: "https://status.acme.example",
      logoUrl: null,
      senderEmail: "status@acme.example",
      replyTo: null,
      uptimeWeightMajor: 1,
      uptimeWeightPartial: 0.3,
      uptimeWeightDegraded: 0,
    });
  });

  it("accepts https and relative logos, refuses others", () => {
    expect(errors({ logoUrl: "/logo.svg" })).toEqual({});
    expect(errors({ logoUrl: "https://cdn.example/logo.png" })).toEqual({});
    for (const logoUrl of ["http://cdn.example/logo.png", "//cdn.example/logo.png", "javascript:alert(1)", "logo.png"]) {
      expect(errors({ logoUrl })).toEqual({ logoUrl: "Logo URL must be https:// or a path starting with /" });
    }
  });

  it("wants an http(s) public URL, an IANA zone and an email sender", () => {
    expect(errors({ publicUrl: "ftp://status.acme.example", timeZone: "Mars/Olympus", senderEmail: "nobody" })).toEqual({
      publicUrl: "Public URL must start with http:// or https://",
      timeZone: "Unknown time zone: use an IANA name such as Europe/Berlin or UTC",
      senderEmail: "Sender address must be an email address",
    });
  });

  it("takes an optional Reply-To address and names the field when it is not one", () => {
    expect(UpdateSettingsInput.parse({ ...valid, replyTo: " support@acme.example " }).replyTo).toBe("support@acme.example");
    expect(UpdateSettingsInput.parse({ ...valid, replyTo: "" }).replyTo).toBeNull();
    expect(errors({ replyTo: "support at acme" })).toEqual({ replyTo: "Reply-To must be an email address (or empty)" });
    expect(errors({ replyTo: 42 })).toEqual({ replyTo: "Reply-To must be an email address" });
  });

  it("keeps weights within 0..1 and major ≥ partial ≥ degraded", () => {
    expect(errors({ senderEmail: "status@localhost" })).toEqual({});
    expect(errors({ uptimeWeightMajor: "1.5" })).toEqual({ uptimeWeightMajor: "Major outage weight must be between 0 and 1" });
    expect(errors({ uptimeWeightDegraded: "abc" })).toEqual({
      uptimeWeightDegraded: "Degraded performance weight must be a number between 0 and 1",
    });
    expect(errors({ uptimeWeightMajor: "0.2" })).toEqual({ uptimeWeightPartial: "Partial outage cannot weigh more than a major outage" });
    expect(errors({ uptimeWeightDegraded: "0.5" })).toEqual({
      uptimeWeightDegraded: "Degraded performance cannot weigh more than a partial outage",
    });
    expect(errors({ uptimeWeightMajor: "0.5", uptimeWeightPartial: "0.5", uptimeWeightDegraded: "0.5" })).toEqual({});
  });
});
