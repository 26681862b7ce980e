/**
 * `@miyagi-kouiki/infosec-policy-spreadsheet`: the asset register (情報資産台帳) and the
 * self-inspection sheet (自己点検) of `@miyagi-kouiki/infosec-policy` as the spreadsheets staff keep:
 * .xlsx and .csv (UTF-8 with or without BOM, CP932) in, .xlsx and .csv out. Bytes in, bytes out
 * (`Uint8Array`), no Node API: the same code runs in Node, a browser and a Web Worker.
 *
 * @packageDocumentation
 */
export { readRegister, previewRegister, openRegister, RegisterFormatError } from "./register.js";
export type { CellIssue, Bilingual, SkippedRow, RegisterReadOptions, RegisterReadResult, RegisterPreview, RegisterReader, RegisterRowResult } from "./register.js";
export { DEFAULT_COLUMN_MAPPING, columnMappingSchema, FIELD_HEADERS, REGISTER_FIELDS, SAFEGUARD_COLUMNS, safeguardHeader, normalizeWord } from "./mapping.js";
export type { ColumnMapping, RegisterField } from "./mapping.js";
export { writeRegisterTemplate, templateHeaders, neutralizeCsv } from "./register-template.js";
export type { RegisterTemplateOptions } from "./register-template.js";
export { writeAuditWorkbook, FINDINGS_HEADERS } from "./audit-workbook.js";
export type { AuditWorkbookOptions } from "./audit-workbook.js";
export { writeChecklistWorkbook, readChecklistAnswers, ChecklistAnswersError } from "./checklist-workbook.js";
export type { ChecklistWorkbookOptions } from "./checklist-workbook.js";
export { parseCsv, writeCsv, csvField, CsvSyntaxError } from "./csv.js";
export type { CsvRecord } from "./csv.js";
export { decodeText, TextEncodingError } from "./decode.js";
export type { TextEncodingOption } from "./decode.js";
export { openWorkbook, WorkbookFormatError } from "./xlsx-read.js";
export type { OpenedWorkbook, ReadRow, ReadCell, MergedRange } from "./xlsx-read.js";
export { looksLikeFormula } from "./xlsx-write.js";
