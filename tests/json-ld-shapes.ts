// Checks JSON-LD against the schema.org shapes search engines require: the properties Google's
// structured-data guidelines mark as required for an Event and an Article, plus well-formed values
// (absolute URLs, ISO 8601 dates, schema.org enumeration members). Returns every problem found.

type Json = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function checkPerson(p: unknown, where: string, problems: string[]): void {
  const person = p as Json;
  if (person?.["@type"] !== "Person" && person?.["@type"] !== "Organization") problems.push(`${where}: @type must be Person or Organization`);
  if (!nonEmpty(person?.name)) problems.push(`${where}: name is required`);
  if (person?.url !== undefined && !isAbsoluteUrl(person.url)) problems.push(`${where}.url: not an absolute URL`);
}

function checkCommon(data: Json, type: string, problems: string[]): void {
  if (data["@context"] !== "https://schema.org") problems.push(`@context must be https://schema.org`);
  if (data["@type"] !== type) problems.push(`@type must be ${type}, is ${String(data["@type"])}`);
  if (data.url !== undefined && !isAbsoluteUrl(data.url)) problems.push(`url: not an absolute URL`);
  for (const [i, image] of list(data.image).entries()) if (!isAbsoluteUrl(image)) problems.push(`image[${i}]: not an absolute URL`);
}

/** Event: name, startDate and location are required; dates ISO 8601; status and mode from schema.org. */
export function eventProblems(data: Json): string[] {
  const problems: string[] = [];
  checkCommon(data, "Event", problems);
  if (!nonEmpty(data.name)) problems.push("name is required");
  for (const key of ["startDate", "endDate"]) {
    const value = data[key];
    if (key === "startDate" && value === undefined) problems.push("startDate is required");
    if (value !== undefined && !(typeof value === "string" && ISO_DATE.test(value))) problems.push(`${key}: not an ISO 8601 date`);
  }
  if (typeof data.startDate === "string" && typeof data.endDate === "string" && data.endDate < data.startDate) problems.push("endDate is before startDate");
  // One location, or several (a hybrid event: a Place and a VirtualLocation).
  const locations = list(data.location) as Json[];
  if (locations.length === 0) problems.push("location is required");
  locations.forEach((location, i) => {
    const at = locations.length > 1 ? `location[${i}]` : "location";
    if (location?.["@type"] === "Place") {
      const address = location.address as Json | undefined;
      if (!address) problems.push(`${at}.address is required for a Place`);
      else if (address["@type"] === "PostalAddress") {
        if (!nonEmpty(address.addressLocality) && !nonEmpty(address.streetAddress)) problems.push(`${at}.address needs a locality or street`);
        if (!nonEmpty(address.addressCountry)) problems.push(`${at}.address.addressCountry is required`);
      } else if (!nonEmpty(address)) problems.push(`${at}.address must be a PostalAddress or text`);
    } else if (location?.["@type"] === "VirtualLocation") {
      if (!isAbsoluteUrl(location.url)) problems.push(`${at}.url is required for a VirtualLocation`);
    } else problems.push(`${at} must be a Place or a VirtualLocation`);
  });
  // The attendance mode says which kinds of location there are.
  const kinds = new Set(locations.map((l) => l?.["@type"]));
  const expected = kinds.has("Place") && kinds.has("VirtualLocation") ? "Mixed" : kinds.has("VirtualLocation") ? "Online" : "Offline";
  if (locations.length > 0 && data.eventAttendanceMode !== undefined && data.eventAttendanceMode !== `https://schema.org/${expected}EventAttendanceMode`) {
    problems.push(`eventAttendanceMode: the locations make it ${expected}EventAttendanceMode`);
  }
  const statuses = ["EventScheduled", "EventCancelled", "EventMovedOnline", "EventPostponed", "EventRescheduled"];
  if (data.eventStatus !== undefined && !statuses.some((s) => data.eventStatus === `https://schema.org/${s}`)) problems.push("eventStatus: not a schema.org EventStatusType");
  const modes = ["OfflineEventAttendanceMode", "OnlineEventAttendanceMode", "MixedEventAttendanceMode"];
  if (data.eventAttendanceMode !== undefined && !modes.some((m) => data.eventAttendanceMode === `https://schema.org/${m}`)) problems.push("eventAttendanceMode: not a schema.org EventAttendanceModeEnumeration");
  if (data.organizer !== undefined) list(data.organizer).forEach((o, i) => checkPerson(o, `organizer[${i}]`, problems));
  list(data.performer).forEach((p, i) => checkPerson(p, `performer[${i}]`, problems));
  return problems;
}

/** ScholarlyArticle (an Article): a headline and authors with names are required. */
export function scholarlyArticleProblems(data: Json): string[] {
  const problems: string[] = [];
  checkCommon(data, "ScholarlyArticle", problems);
  if (!nonEmpty(data.headline)) problems.push("headline is required");
  const authors = list(data.author);
  if (authors.length === 0) problems.push("author is required");
  authors.forEach((a, i) => checkPerson(a, `author[${i}]`, problems));
  if (data.datePublished !== undefined && !(typeof data.datePublished === "string" && ISO_DATE.test(data.datePublished))) problems.push("datePublished: not an ISO 8601 date");
  for (const [i, u] of list(data.sameAs).entries()) if (!isAbsoluteUrl(u)) problems.push(`sameAs[${i}]: not an absolute URL`);
  return problems;
}
