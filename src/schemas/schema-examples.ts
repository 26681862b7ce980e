// The examples of the shipped JSON Schemas (their `examples` keyword): the subject files of
// examples/subjects/ and the sample overlay, bundled into the package from the repository's
// examples (one source: the same files the docs and tests use; test/schemas checks that each
// validates, with zod and with Ajv).
import overlaySample from "../../examples/overlay.sample.json";
import accessCompliant from "../../examples/subjects/access.compliant.json";
import accessNonCompliant from "../../examples/subjects/access.non-compliant.json";
import assetCompliant from "../../examples/subjects/asset.compliant.json";
import assetNonCompliant from "../../examples/subjects/asset.non-compliant.json";
import assetNotApplicable from "../../examples/subjects/asset.not-applicable.json";
import carryOutCompliant from "../../examples/subjects/carry-out.compliant.json";
import carryOutNonCompliant from "../../examples/subjects/carry-out.non-compliant.json";
import cloudUseCompliant from "../../examples/subjects/cloud-use.compliant.json";
import cloudUseNonCompliant from "../../examples/subjects/cloud-use.non-compliant.json";
import organizationCompliant from "../../examples/subjects/organization.compliant.json";
import organizationNeedsReview from "../../examples/subjects/organization.needs-review.json";
import organizationNonCompliant from "../../examples/subjects/organization.non-compliant.json";
import outsourcingCompliant from "../../examples/subjects/outsourcing.compliant.json";
import outsourcingNonCompliant from "../../examples/subjects/outsourcing.non-compliant.json";
import signInCompliant from "../../examples/subjects/sign-in.compliant.json";
import signInNonCompliant from "../../examples/subjects/sign-in.non-compliant.json";
import softwareUseCompliant from "../../examples/subjects/software-use.compliant.json";
import softwareUseNonCompliant from "../../examples/subjects/software-use.non-compliant.json";
import transferCompliant from "../../examples/subjects/transfer.compliant.json";
import transferNeedsReview from "../../examples/subjects/transfer.needs-review.json";
import transferNonCompliant from "../../examples/subjects/transfer.non-compliant.json";
import transferUsbFromMynumberNonCompliant from "../../examples/subjects/transfer.usb-from-mynumber.non-compliant.json";
import transferWithExceptionCompliant from "../../examples/subjects/transfer.with-exception.compliant.json";
import exceptionRegister from "../../examples/exceptions.json";
import type { SubjectKind } from "../subjects/subject.js";

/** The example subjects of each kind, from examples/subjects/<kind>.<outcome>.json, in file-name order. */
export const SUBJECT_EXAMPLES: { readonly [K in SubjectKind]: readonly unknown[] } = {
  "transfer": [transferCompliant, transferNeedsReview, transferNonCompliant, transferUsbFromMynumberNonCompliant, transferWithExceptionCompliant],
  "carry-out": [carryOutCompliant, carryOutNonCompliant],
  "sign-in": [signInCompliant, signInNonCompliant],
  "software-use": [softwareUseCompliant, softwareUseNonCompliant],
  "access": [accessCompliant, accessNonCompliant],
  "outsourcing": [outsourcingCompliant, outsourcingNonCompliant],
  "cloud-use": [cloudUseCompliant, cloudUseNonCompliant],
  "asset": [assetCompliant, assetNonCompliant, assetNotApplicable],
  "organization": [organizationCompliant, organizationNeedsReview, organizationNonCompliant],
};

/** The sample overlay, examples/overlay.sample.json. */
export const OVERLAY_EXAMPLE: unknown = overlaySample;

/** The sample exception register (例外措置台帳), examples/exceptions.json. */
export const EXCEPTION_REGISTER_EXAMPLE: unknown = exceptionRegister;
