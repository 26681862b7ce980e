// The escapers live in src/internal/escape-text.ts (no imports), so that every layer's renderer
// (the policy diff as well as the reports and exports) can use the same ones.
export { escapeHtml, escapeMarkdown, escapeOscalMarkup, escapeTerminal, guardOutput, markdownCode } from "../internal/escape-text.js";
