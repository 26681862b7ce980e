import { classificationSchemes } from "../../src/index.js";

// The shipped classification schemes other than the default, as the classification tests word
// and judge in them.

/** The shipped scheme "guideline-r6". */
export const r6 = classificationSchemes["guideline-r6"]!;

/** The shipped scheme "importance-i-iv". */
export const importance = classificationSchemes["importance-i-iv"]!;
