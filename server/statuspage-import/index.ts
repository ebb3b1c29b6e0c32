// Moving here from Atlassian Statuspage: its public v2 documents in, our records out (scripts/import-statuspage.ts).
export { readDocuments, parseDocuments, type StatuspageDocuments } from "./documents";
export { importStatuspage, type ImportReport } from "./import-statuspage";
export { listImports, type ImportRun } from "./list-imports";
