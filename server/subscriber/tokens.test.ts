import { describe, expect, it } from "vitest";
import { confirmTokenFor, isConfirmToken, isManageToken, manageTokenFor, newLinkSalt, tokenSubject } from "./tokens";

describe("derived subscriber link tokens", () => {
  const subscriber = { id: "cmsubscriber0000000000001", manageSalt: newLinkSalt(), confirmNonce: newLinkSalt() };

  it("name the subscriber and verify by recomputing", () => {
    const token = manageTokenFor(subscriber);
    expect(token).toMatch(/^cmsubscriber0000000000001\.[A-Za-z0-9_-]{43}$/);
    expect(tokenSubject(token)).toBe(subscriber.id);
    expect(isManageToken(token, subscriber)).toBe(true);
    expect(manageTokenFor(subscriber)).toBe(token);
  });

  it("are refused for another subscriber, another salt, another purpose or a tampered signature", () => {
    const token = manageTokenFor(subscriber);
    expect(isManageToken(token, { ...subscriber, id: "cmsomeoneelse000000000001" })).toBe(false);
    expect(isManageToken(token, { ...subscriber, manageSalt: newLinkSalt() })).toBe(false);
    expect(isConfirmToken(token, subscriber)).toBe(false);
    expect(isManageToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, subscriber)).toBe(false);
    expect(isManageToken(token.slice(0, -2), subscriber)).toBe(false);
  });

  it("have no confirmation token once the confirmation is spent", () => {
    expect(isConfirmToken(confirmTokenFor(subscriber)!, subscriber)).toBe(true);
    expect(confirmTokenFor({ ...subscriber, confirmNonce: null })).toBeNull();
    expect(isConfirmToken(confirmTokenFor(subscriber)!, { ...subscriber, confirmNonce: null })).toBe(false);
  });

  it("tells pre-scheme tokens (random base64url, no dot) apart", () => {
    expect(tokenSubject("AbC_-123xyz")).toBeNull();
    expect(tokenSubject(".abc")).toBeNull();
    expect(tokenSubject("a.b.c")).toBeNull();
  });
});
