// content/<year>/edition.yaml: the facts of one edition of the workshop.
import { z } from "zod";
import { POST_NETWORK_IDS } from "../lib/networks.ts";
import { httpUrl, isoDate, text, year, zone } from "./common.ts";

export const editionSchema = z
  .strictObject({
    /** The edition's year; must match its folder name. */
    year: year.describe("The edition's year; must match the folder name."),
    /** 1 for the first edition, 2 for the second … */
    ordinal: z.number().int().min(1).describe("1 for the first edition, 2 for the second, and so on."),
    /** The edition's full title, e.g. `The Second Workshop on Verification of Learning Agents`. */
    title: text.describe("The edition's full title."),
    /** The conference the workshop is co-located with; absent for a standalone workshop. */
    colocated_with: z
      .strictObject({
        /** Its name with year, e.g. `NeurIPS 2026`. */
        name: text.describe("Name with year, e.g. NeurIPS 2026."),
        /** Its acronym alone, e.g. `NeurIPS`, used in the banner. */
        short: text.describe("Acronym alone, e.g. NeurIPS."),
        url: httpUrl.describe("The conference's site."),
      })
      .optional()
      .describe("The conference the workshop is co-located with; leave it out for a standalone workshop."),
    /** Where the workshop takes place in person; may be left out when it is held online only. */
    location: z
      .strictObject({
        city: text.describe("City."),
        country: text.describe("Country."),
        venue: text.optional().describe("Venue, if known."),
      })
      .optional()
      .describe("Where the workshop takes place in person; leave it out for a workshop held online only."),
    /**
     * Whether the workshop is held online: `true`, or the link attendees join by (and the
     * platform's name). With `location` too, the workshop is hybrid.
     */
    online: z
      .union([
        z.boolean().describe("true: held online (the link is not published); false: in person only, as when absent."),
        z
          .strictObject({
            url: httpUrl.describe("The link attendees join by: a meeting room, a stream or a registration page."),
            platform: text.optional().describe("The platform's name, e.g. Zoom."),
          })
          .describe("Held online, joined at this link."),
      ])
      .optional()
      .describe("Held online: true, or {url, platform}. Together with location the workshop is hybrid."),
    /** The (first) day of the workshop. */
    date: isoDate.describe("The day of the workshop; its first day when it lasts several."),
    /** The last day of a workshop of several days; the same as or later than `date`. */
    end_date: isoDate.optional().describe("The last day of a workshop that lasts several days; not before date."),
    /** The workshop's local time zone (IANA name), e.g. `Europe/Lisbon`. */
    zone: zone.describe("The workshop's local time zone, e.g. Europe/Lisbon."),
    /** Where authors submit papers. */
    submission: z
      .strictObject({
        url: httpUrl.describe("The submission site."),
        system: text.optional().describe("The system's name, e.g. HotCRP."),
      })
      .optional()
      .describe("Where authors submit papers."),
    /** The conference's program for this workshop, linked when the edition has no program.yaml. */
    program_url: httpUrl.optional().describe("External program, linked when there is no program.yaml."),
    /** A post of the workshop on a social network, shown as a static card on the home page. */
    social_post: z
      .strictObject({
        network: z.enum(POST_NETWORK_IDS).describe("The network."),
        author: text.describe("The account's display name."),
        handle: text.describe("The account's handle, e.g. @vera."),
        date: isoDate.describe("The day it was posted."),
        text: text.describe("What the post says, as plain text (line breaks are kept)."),
        url: httpUrl.describe("The post's address."),
      })
      .optional()
      .describe("A social post shown as a static card on the home page; nothing is loaded from the network."),
    /**
     * Old addresses that keep working: a path inside the edition (e.g. `date/`) mapped to the page
     * it now points to (e.g. `dates/`). Each becomes a small redirect page.
     */
    aliases: z
      .record(
        z.string().regex(/^([a-z0-9][a-z0-9._-]*\/)+$/, "must be a path inside the edition ending with /, e.g. date/"),
        z.string().regex(/^([a-z0-9][a-z0-9._-]*\/)*(#[A-Za-z0-9_-]+)?$/, "must be a page of the edition, e.g. dates/ (\"\" for the home page)"),
      )
      .default({})
      .describe("Old paths that redirect to current pages, e.g. {date/: dates/}."),
    /** Alternative text of the home page banner; a description is made from the edition's facts when absent. */
    banner_alt: text.optional().describe("Alternative text of the home banner; made from the facts when absent."),
  })
  .superRefine((e, ctx) => {
    if (!e.location && !e.online) {
      ctx.addIssue({ code: "custom", path: ["location"], message: "is required unless the workshop is online: give a place (location), online, or both" });
    }
    // Compared only when both are real days (otherwise the day itself is the problem).
    if (e.end_date !== undefined && e.end_date < e.date && isoDate.safeParse(e.end_date).success && isoDate.safeParse(e.date).success) {
      ctx.addIssue({ code: "custom", path: ["end_date"], message: `is ${e.end_date}, before the first day (date: ${e.date})` });
    }
  })
  .describe("One edition of the workshop (content/<year>/edition.yaml).");

export type Edition = z.infer<typeof editionSchema>;
