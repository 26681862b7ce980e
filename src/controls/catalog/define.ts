/**
 * What the shipped catalog defines its controls and verdicts with: `defineControl`, `pass`,
 * `fail`, `manual` and `notApplicable`, with the public signatures, freezing with
 * `deepFreezeLiteral` (every definition here is a literal of this package's source, so the walk
 * need not ask each property for its descriptor; the catalog is built at every import). The
 * public ones, for users' controls, stay in `../control.ts` and `../verdict.ts`.
 */
import { shippedVerdict } from "../verdict.js";

export { defineShippedControl as defineControl } from "../control.js";

/** `pass` for the shipped catalog (see the module's comment). */
export const pass = shippedVerdict.pass;
/** `fail` for the shipped catalog (see the module's comment). */
export const fail = shippedVerdict.fail;
/** `manual` for the shipped catalog (see the module's comment). */
export const manual = shippedVerdict.manual;
/** `notApplicable` for the shipped catalog (see the module's comment). */
export const notApplicable = shippedVerdict.notApplicable;
