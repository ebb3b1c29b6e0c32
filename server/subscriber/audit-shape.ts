// What the audit log keeps of a subscriber: never its link tokens (they are secrets).
export const auditShape = (
  s: { email: string; status: string; source: string; suppressReason?: string | null },
  componentIds?: string[],
) => ({
  email: s.email,
  status: s.status,
  source: s.source,
  ...(s.suppressReason ? { suppressReason: s.suppressReason } : {}),
  ...(componentIds ? { componentIds } : {}),
});
