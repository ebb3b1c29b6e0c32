export { listAudit, type AuditEntry } from "./list-audit";
export * from "./schemas";
