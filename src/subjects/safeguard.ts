import { z } from "zod";
import { SAFEGUARD_VALUES } from "../definitions/vocabulary-values.js";

/**
 * A safeguard an asset has. Each is named after what it does, so that an inventory can state
 * them without knowing the controls.
 *
 * - `isolation`: cut off from communication with other zones (7(3)①).
 * - `carry-out-blocked`: the terminal cannot write information out (USB, etc.) (7(3)①).
 * - `multi-factor-sign-in`: signing in needs two or more kinds of factor (7(3)①).
 * - `traffic-monitoring`: unauthorised traffic is monitored (7(3)②).
 * - `physical-protection`: physical measures such as a locked room or rack (7(4)).
 * - `entry-control`: entry to the room is controlled and recorded (入退室管理).
 * - `anti-theft`: fixed against theft (e.g. a security wire).
 * - `access-control`: access is limited to authorised persons (7(6)).
 * - `malware-protection`: protected against malicious programs (不正プログラム対策, 7(6)).
 * - `intrusion-prevention`: protected against unauthorised access (不正アクセス対策, 7(6)).
 * - `security-updates`: vulnerabilities are managed and security updates applied (脆弱性対策).
 * - `backup`: backed up and restorable.
 * - `encryption`: the information is encrypted at rest.
 * - `locked-storage`: kept in locked storage when not in use.
 * - `power-backup`: protected against power loss (UPS or generator).
 * - `environmental-protection`: protected against fire, water, earthquake and heat (防災・空調設備), for a facility (7(4)).
 */
export const SafeguardSchema = z.enum(SAFEGUARD_VALUES);

/** A safeguard an asset has. */
export type Safeguard = z.infer<typeof SafeguardSchema>;
