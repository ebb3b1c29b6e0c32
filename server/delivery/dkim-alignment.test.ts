import { describe, expect, it } from "vitest";
import { dkimAlignmentWarning, organizationalDomain } from "./dkim-alignment";

describe("organizationalDomain", () => {
  it("keeps two labels, three under a two-level suffix", () => {
    expect(organizationalDomain("mail.status.acme.example")).toBe("acme.example");
    expect(organizationalDomain("Acme.COM.")).toBe("acme.com");
    expect(organizationalDomain("status.acme.co.uk")).toBe("acme.co.uk");
    expect(organizationalDomain("localhost")).toBe("localhost");
  });
});

describe("dkimAlignmentWarning", () => {
  it("accepts the same domain and subdomains either way (relaxed alignment)", () => {
    expect(dkimAlignmentWarning(undefined, "status@other.example")).toBeNull();
    expect(dkimAlignmentWarning("acme.example", "status@acme.example")).toBeNull();
    expect(dkimAlignmentWarning("acme.example", "status@status.acme.example")).toBeNull();
    expect(dkimAlignmentWarning("mail.acme.example", "status@acme.example")).toBeNull();
  });
  it("warns when the organizational domains differ", () => {
    expect(dkimAlignmentWarning("acme.example", "status@localhost")).toMatch(/does not align with the sender address's domain "localhost"/);
    expect(dkimAlignmentWarning("acme.co.uk", "status@other.co.uk")).toMatch(/does not align/);
    expect(dkimAlignmentWarning("sendgrid.net", "status@acme.example")).toMatch(/DKIM_DOMAIN "sendgrid.net"/);
  });
});
