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
      logoDarkUrl: null,
      faviconUrl: null,
      accentColor: null,
      supportUrl: null,
      footerLinks: null,
      senderEmail: "status@acme.example",
      replyTo: null,
      uptimeWeightMajor: 1,
      uptimeWeightPartial: 0.3,
      uptimeWeightDegraded: 0,
    });
  });

  it("takes an accent colour only if white text on it meets WCAG AA, and says by how much it misses", () => {
    expect(UpdateSettingsInput.parse({ ...valid, accentColor: "#1D4ED8" }).accentColor).toBe("#1d4ed8");
    expect(UpdateSettingsInput.parse({ ...valid, accentColor: "" }).accentColor).toBeNull();
    expect(errors({ accentColor: "#fbbf24" })).toEqual({
      accentColor: "Accent colour #fbbf24 has a contrast of 1.6:1 with the white text on it; WCAG AA needs 4.5:1. Choose a darker colour.",
    });
    expect(errors({ accentColor: "blue" })).toEqual({ accentColor: "Accent colour must be a hex colour such as #1d4ed8" });
  });

  it("reads footer links as “Label | URL” lines, at most five, and a support address", () => {
    const parsed = UpdateSettingsInput.parse({
      ...valid,
      footerLinks: "Privacy | https://acme.example/privacy\r\n\n  Terms|https://acme.example/terms  ",
      supportUrl: "mailto:help@acme.example",
    });
    expect(JSON.parse(parsed.footerLinks!)).toEqual([
      { label: "Privacy", url: "https://acme.example/privacy" },
      { label: "Terms", url: "https://acme.example/terms" },
    ]);
    expect(parsed.supportUrl).toBe("mailto:help@acme.example");
    expect(errors({ footerLinks: "https://acme.example" })).toEqual({
      footerLinks: "Footer link 1: write it as “Label | https://…” (label up to 40 characters)",
    });
    expect(errors({ footerLinks: "Bad | javascript:alert(1)" })).toHaveProperty("footerLinks");
    expect(errors({ footerLinks: Array(6).fill("A | https://a.example").join("\n") })).toEqual({
      footerLinks: "Footer links: 5 at most (one per line)",
    });
    expect(errors({ supportUrl: "javascript:alert(1)" })).toEqual({
      supportUrl: "Support URL must start with https://, http:// or mailto:",
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
