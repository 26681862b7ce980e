// Facts of a subject the list shows: a label, the organisation and the zone, as the audit report
// groups them (a transfer counts under the zone it enters).
import type { Subject } from "@miyagi-kouiki/infosec-policy";

/** The subject's id, else its name, else its place in the file (#1, #2, …). */
export function subjectLabel(subject: Subject, index: number): string {
  const { id, name } = subject as { id?: unknown; name?: unknown };
  if (typeof id === "string" && id !== "") return typeof name === "string" && name !== "" && name !== id ? `${id} ${name}` : id;
  if (typeof name === "string" && name !== "") return name;
  return `#${index + 1}`;
}

/** The organisation as given (an id of 5(1), or an outside body's name); empty when none is stated. */
export function subjectOrganization(subject: Subject): string {
  const organization = (subject as { organization?: unknown }).organization;
  if (typeof organization === "string") return organization;
  if (typeof organization === "object" && organization !== null) {
    const outside = (organization as { outside?: unknown }).outside;
    if (typeof outside === "string") return outside;
  }
  return "";
}

/** The zone of 7(3) the subject is in (for a transfer, the zone it enters), or undefined. */
export function subjectZone(subject: Subject): "mynumber" | "lgwan" | "internet" | undefined {
  const zone = subject.kind === "transfer" ? (subject as { to?: unknown }).to : (subject as { zone?: unknown }).zone;
  return zone === "mynumber" || zone === "lgwan" || zone === "internet" ? zone : undefined;
}
