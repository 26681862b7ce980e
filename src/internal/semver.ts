/**
 * A semver 2.0.0 version without build metadata (`1.0.0`, `2026.4.0`, `1.0.0-draft.1`): the one
 * version pattern of the package, for overlay versions and for the base version an overlay
 * extends (an extended policy's own `base+overlay` version carries build metadata, so an extended
 * policy is never a base).
 *
 * @example
 * ```ts
 * SEMVER_WITHOUT_BUILD.test("1.0.0-draft.1"); // true
 * SEMVER_WITHOUT_BUILD.test("1.0.0+build.5"); // false
 * ```
 */
export const SEMVER_WITHOUT_BUILD =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?$/;
