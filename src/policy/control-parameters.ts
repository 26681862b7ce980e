import type { Control } from "../controls/control.js";
import type { ControlParameters } from "../controls/verdict.js";

/**
 * The default value of every parameter of every control, by control id.
 *
 * @param controls - The controls.
 * @returns A fresh record `{ [controlId]: { [parameter]: default } }`.
 */
export function defaultParameters(controls: readonly Control[]): Record<string, ControlParameters> {
  const result: Record<string, ControlParameters> = {};
  for (const control of controls) {
    const values: Record<string, number> = {};
    for (const [name, spec] of Object.entries(control.parameters)) values[name] = spec.default;
    result[control.id] = values;
  }
  return result;
}
