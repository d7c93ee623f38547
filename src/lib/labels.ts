// Every fixed text of the interface, in English, in one table: menu labels, page titles and
// headings, buttons, notes, badges, the footer, the texts the browser scripts show. A site
// replaces any of them in content/labels.yaml (checked by src/schemas/labels.ts, which is made
// from this table); what it leaves out stays English. `{name}` marks a value filled in when the
// text is used; a text given as forms (`one`, `other` …) depends on a number, `{count}`
// (how many) or `{nth}` (an ordinal), and takes the form Intl.PluralRules picks for the language.
import { html, join, type HtmlValue, type SafeHtml } from "./html.ts";
import { Texts, type PluralForms, type TextEntry } from "./text.ts";

export interface Label<T extends TextEntry = TextEntry> {
  /** The English text. */
  text: T;
  /** What it is and where it shows, for editors (the JSON Schema's descriptions). */
  description: string;
}

const s = (text: string, description: string): Label<string> => ({ text, description });
const p = (text: PluralForms, description: string): Label<PluralForms> => ({ text, description });

export const LABELS = {
  // Menu and page titles (a built-in page's title is its menu label unless it has its own).
  home: s("Home", "Menu label of the home page."),
  program: s("Program", "Menu label and title of the program page."),
  keynotes: s("Keynotes", "Menu label and title of the keynotes page."),
  papers: s("Papers", "Menu label of the accepted papers page."),
  papers_title: s("Accepted Papers", "Title of the accepted papers page (and of its share image)."),
  reading: s("Related Reading", "Menu label and title of the related reading page."),
  call: s("Call for Papers", "Menu label and title of the call for papers."),
  dates: s("Dates", "Menu label of the important dates page."),
  dates_title: s("Important Dates", "Title of the important dates page."),
  organization: s("Organization", "Menu label and title of the organization page."),
  pc: s("Program Committee", "Menu label and title of the program committee page."),
  not_found: s("Page not found", "Title of the 404 page."),

  // The page shell.
  skip_link: s("Skip to content", "The skip link, the first thing a keyboard reaches."),
  nav_label: s("Main", "Accessible name of the main menu."),
  theme_dark: s("Dark theme", "The light/dark switch (a toggle button: pressed means dark)."),
  editions: s("Editions", "The editions menu in the header."),
  editions_of: s("of {name}", "Read after “Editions” by screen readers; {name} is the workshop's short name."),
  editions_current: s("current", "Tag of the current edition in the editions menu."),
  archive_notice: s(
    "You are looking at the archive of {edition}, held {where} on {date}.",
    "Notice on every page of a past edition; {edition} is e.g. VerA 2025, {where} one of where_*, {date} the workshop's day or days.",
  ),
  where_place: s("in {place}", "Where an edition in one place was held; {place} is e.g. San Diego, United States."),
  where_hybrid: s("in {place} and online", "Where a hybrid edition was held."),
  where_online: s("online", "Where an online edition was held, inside a sentence."),
  place_online: s("Online", "The place of an online edition, on its own (editions menu, key facts, the title banner)."),
  place_hybrid: s("{place} and online", "The place of a hybrid edition in the title banner."),
  archive_link: s("Go to {edition}", "Link of the archive notice to the current edition."),
  footer_colocated: s("{title}, co-located with {conference}.", "Footer line; {conference} is the linked conference name."),
  footer_standalone: s("{title}.", "Footer line of a standalone workshop."),
  footer_feed: s("News feed", "Footer link to the Atom feed."),
  footer_made_with: s("Made with Colloquy.", "Last line of the footer."),
  on_network: s("on {network}", "Read after a social account's handle by screen readers."),
  external_site: s("(external site)", "Read after a link to another site by screen readers."),
  feed_title: s("{edition} news", "Name of the news feed."),
  feed_author: s("{name} organizers", "Author of the news feed."),
  editor_title: s("{name} · Content editor", "Window title of the browser editor at /admin/."),
  editor_noscript: s("The content editor needs JavaScript.", "Shown at /admin/ when JavaScript is off."),
  day_time: s("{day}, {time}", "A day with a time of day."),
  moved_title: s("This page has moved", "Title of a redirect page (an old address)."),
  moved_description: s("This page of {edition} has moved to {url}.", "Description of a redirect page."),
  moved_link: s("Continue to its new address", "Link of a redirect page."),

  // Home page.
  fact_edition: s("Edition", "Key fact label: the edition."),
  fact_colocated: s("Co-located with", "Key fact label: the conference."),
  fact_place: s("Place", "Key fact label: the place."),
  fact_date: s("Date", "Key fact label: the workshop day."),
  fact_dates: s("Dates", "Key fact label: the days of a workshop that lasts several."),
  fact_attendance: s("Attendance", "Key fact label: how a hybrid workshop is attended."),
  attendance_hybrid: s("Hybrid: in person and online", "Key fact of a hybrid workshop."),
  join_online: s("Join online", "Link to the attendees' online room."),
  edition_ordinal: s("{ordinal} edition", "Key fact: {ordinal} is a word from ordinal_words or a number from ordinal_number."),
  ordinal_words: s(
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth",
    "The ordinals from 1 on in words, separated by |; ordinals past the end of the list (or left empty, as in ||) take ordinal_number.",
  ),
  ordinal_number: p({ one: "{nth}st", two: "{nth}nd", few: "{nth}rd", other: "{nth}th" }, "An ordinal as a number (1st, 2nd, 3rd, 4th), by the language's ordinal categories."),
  news: s("News", "Heading of the home page's news."),
  news_feed: s("Follow the news by feed", "Link to the Atom feed under the news."),
  social_heading: s("From our {network} account", "Heading of the social post card."),
  social_view: s("View the post on {network}", "Link of the social post card."),
  banner_alt: s(
    "{edition}: workshop, {date}, {where}.",
    "Text alternative of the generated banner of a standalone workshop (edition.yaml's banner_alt replaces it); {where} is one of where_*.",
  ),
  banner_alt_colocated: s(
    "{edition}: workshop at {conference}, {date}, {where}.",
    "Text alternative of the generated banner of a co-located workshop (edition.yaml's banner_alt replaces it).",
  ),
  banner_call: s("Workshop", "The function name drawn in the banner's code line, Workshop(name=…)."),

  // Dates.
  dates_description: p({ one: "Deadlines and the workshop day of {edition}.", other: "Deadlines and the workshop days of {edition}." }, "Description of the dates page; {count} is the number of workshop days."),
  add_to_calendar: s("Add to calendar", "Link to one entry's calendar file (dates and program)."),
  earlier_dates: p({ one: "Moved from", other: "Earlier dates" }, "Before the earlier values of a date that moved ({count}: how many)."),
  dates_note: s(
    "A deadline without a time ends at {time} on that day in the zone given; AoE (“anywhere on Earth”, UTC−12) means the deadline has passed only once that day is over everywhere on the planet.",
    "Note under the dates; {time} is 23:59 in the language's form.",
  ),
  dates_calendar: s("{link}, for Apple Calendar, Google Calendar, Outlook or Thunderbird.", "Sentence with the link to dates.ics."),
  dates_calendar_link: s("All dates as a calendar file (dates.ics)", "Link to dates.ics."),
  date_passed: s("Passed", "Badge of a date that has passed (in the browser)."),
  date_now: s("Today", "Badge of an event under way (in the browser)."),
  date_next: s("Next", "Badge of the next date (in the browser)."),
  your_time: s("Your time: {time} ({offset})", "A date on the visitor's clock (in the browser)."),
  your_time_from: s("from {time}", "The start of a whole-day event on the visitor's clock."),
  countdown_next: s("Next: {label}, in {duration}.", "The countdown to the next date."),
  countdown_running: s("Under way: {label}.", "The countdown while an event runs."),
  countdown_done: s("All these dates have passed.", "The countdown once every date has passed."),
  duration_under_minute: s("less than a minute", "The countdown's shortest time."),
  zone_aoe: s("AoE (UTC−12)", "The zone AoE (anywhere on Earth)."),
  zone_utc: s("UTC", "The zone UTC."),
  zone_offset: s("UTC{offset}", "A fixed offset zone, {offset} e.g. +05:30."),
  zone_named: s("{city} time (UTC{offset})", "A named zone, {city} from its IANA name, {offset} that day's offset."),
  calendar_dates: s("{edition} important dates", "Name of dates.ics."),
  calendar_program: s("{edition} program", "Name of program.ics."),
  calendar_earlier: s("Earlier announced: {dates}.", "In a calendar entry's description: the earlier values of a date."),
  calendar_when: s("{label}: {when}.", "A calendar entry's description: the date and when it is."),

  // Program.
  program_description: s("The schedule of {edition}.", "Description of the program page."),
  program_external: s("See the {name} program on the {conference} site", "Button to the conference's program."),
  program_external_standalone: s("See the full program", "Button to the program site of a standalone workshop."),
  program_partial: s("Below are the sessions known so far.", "Lead of a partial program; program_full_* follows."),
  program_full_colocated: p(
    { one: "The full day, with any last-minute changes, is part of the {conference} program.", other: "The full program, with any last-minute changes, is part of the {conference} program." },
    "After program_partial; {count} is the number of workshop days.",
  ),
  program_full_standalone: p(
    { one: "The full day, with any last-minute changes, is on the program site.", other: "The full program, with any last-minute changes, is on the program site." },
    "After program_partial for a standalone workshop; {count} is the number of workshop days.",
  ),
  program_elsewhere: s(
    "The workshop’s schedule is published as part of the {conference} program, together with rooms and any last-minute changes.",
    "Lead of the program page without program.yaml.",
  ),
  program_elsewhere_standalone: s(
    "The workshop’s schedule is published on its program site, together with rooms and any last-minute changes.",
    "Lead of the program page of a standalone workshop without program.yaml.",
  ),
  show_times_in: s("Show times in", "Legend of the time zone switch."),
  zone_workshop: s("the workshop’s time zone", "Time zone switch: the workshop's zone."),
  zone_visitor: s("your time zone", "Time zone switch: the visitor's zone."),
  times_in: s("Times are in {zone}.", "Caption of a program day."),
  times_in_yours: s("Times are in your time zone, {zone}.", "Caption of a program day in the visitor's zone."),
  column_time: s("Time", "Program column."),
  column_kind: s("Kind", "Program column."),
  column_session: s("Session", "Program column."),
  chair: s("Chair: {name}", "A session's chair."),
  room: s("Room: {room}", "A session's room."),
  now: s("Now", "Marker of the slot running now (in the browser)."),
  program_calendar: s("The whole program as a calendar file (program.ics)", "Link to program.ics."),
  in_program: s("In the program: {slot}, {when} {zone}", "Where a paper or keynote is presented; {slot} is the linked slot."),
  kind_opening: s("Opening", "Kind of slot: opening."),
  kind_keynote: s("Keynote", "Kind of slot: keynote."),
  kind_paper_session: s("Paper session", "Kind of slot: paper-session and papers."),
  kind_break: s("Break", "Kind of slot: break."),
  kind_lunch: s("Lunch break", "Kind of slot: lunch."),
  kind_panel: s("Panel", "Kind of slot: panel."),
  kind_closing: s("Closing", "Kind of slot: closing."),
  kind_other: s("Session", "Kind of slot: other."),

  // Call for papers.
  call_description: s("How to submit a paper to {edition}: paper types, format, topics and dates.", "Description of the call."),
  submit: s("Submit a paper", "The call's submission button."),
  submit_on: s("Submit a paper on {system}", "The call's submission button, naming the submission system."),
  deadline: s("Deadline: {date}", "Beside the submission button; {date} links to the dates page."),
  what_to_submit: s("What to submit", "Heading of the paper types."),
  pages_range: s("{min}–{max} pages", "Page limits of a paper type."),
  pages_up_to: s("Up to {max} pages", "Page limit of a paper type."),
  references_included: s("{pages}, references included", "Page limits that count references."),
  references_extra: s("{pages}, plus references", "Page limits that do not count references."),
  for_example: s("For example: {list}.", "A paper type's scope."),
  format_follow: s("Papers follow the {format} format.", "The paper format; {format} may be a link."),
  review_double_blind: s("Reviewing is double-blind: reviewers and authors do not learn each other’s names.", "Review: double-blind."),
  review_single_blind: s("Reviewing is single-blind: reviewers see the authors’ names.", "Review: single-blind."),
  review_open: s("Reviewing is open: reviewers and authors know each other’s names.", "Review: open."),
  archival_heading: s("Archival and non-archival papers", "Heading in the call."),
  awards: s("Awards", "Heading in the call."),
  topics: s("Topics", "Heading in the call."),
  policies: s("Policies", "Heading in the call."),

  // Papers.
  papers_description: p({ one: "The paper accepted at {edition}.", other: "The {count} papers accepted at {edition}." }, "Description of the papers page."),
  papers_lead: p(
    { one: "{count} paper was accepted.", other: "{count} papers were accepted, listed by {grouping} and then by title." },
    "Lead of the papers page; {grouping} is one of group_by_*.",
  ),
  group_by_type: s("type", "How the papers are grouped (cfp.yaml group_by: type)."),
  group_by_presentation: s("presentation", "How the papers are grouped (cfp.yaml group_by: presentation)."),
  group_by_session: s("session", "How the papers are grouped (cfp.yaml group_by: session)."),
  papers_lead_page: s("This page shows papers {from} to {to}.", "Lead of a papers list page of a large edition."),
  papers_lead_more: s("Each title leads to the paper's own page with its abstract and a BibTeX entry.", "Lead of the papers page."),
  papers_page_title: s("{title}, page {page} of {pages}", "Title of a later papers list page."),
  papers_see_reading: s("See also the {link} for this edition.", "Link from the papers page to the related reading."),
  papers_see_reading_link: s("related reading", "The link text in papers_see_reading."),
  type_group: s("{type}s", "Heading of a group of papers of one type ({type}: its name in cfp.yaml)."),
  group_count: s("({count})", "How many papers the group has."),
  group_continued: s("continued", "A group continued from the previous list page."),
  group_other_presentation: s("Other papers", "Group of the papers with no presentation kind (cfp.yaml group_by: presentation)."),
  group_unscheduled: s("Not yet scheduled", "Group of the papers in no session (cfp.yaml group_by: session)."),
  pages_label: s("Pages of the paper list", "Accessible name of the list's pagination."),
  previous: s("Previous", "Pagination: the previous page."),
  next: s("Next", "Pagination: the next page."),
  page_number: s("Page {page}", "Pagination: a page number (the word is read by screen readers only)."),
  badges_label: s("Labels", "Accessible name of a paper's badges."),
  non_archival: s("Non-archival", "Badge of a non-archival paper."),
  non_archival_meaning: s("Not published in the proceedings.", "Legend of the non-archival badge when cfp.yaml says nothing."),
  legend: s("What the labels mean", "Heading of the badge legend."),
  affiliations: s("Affiliations", "Disclosure with the authors' affiliations."),
  authors: s("Authors", "Accessible name of a paper's author list."),
  abstract: s("Abstract", "A paper's abstract."),
  link_pdf: s("PDF", "A paper's link."),
  link_doi: s("DOI", "A paper's link."),
  link_preprint: s("Preprint", "A paper's link."),
  link_slides: s("Slides", "A paper's or keynote's link."),
  link_video: s("Video", "A paper's link."),
  link_forum: s("Forum", "Link to a paper's discussion forum (e.g. on OpenReview)."),
  keywords: s("Keywords:", "Label before a paper's keywords on its page."),
  link_code: s("Code", "A paper's link."),
  link_recording: s("Recording", "A keynote's link."),
  of_title: s("of “{title}”", "Read after a keynote's link by screen readers."),
  presented_in: s("Presented in the session “{session}”.", "A paper's session (papers.yaml)."),
  cite: s("Cite this paper", "Heading of a paper's BibTeX entry."),
  bibtex_label: s("BibTeX entry", "Accessible name of a paper's BibTeX entry."),
  copy_bibtex: s("Copy BibTeX", "Button on a paper's page."),
  bibtex_copied: s("BibTeX entry copied.", "Said when the entry was copied."),
  bibtex_selected: s("The entry is selected: press Ctrl+C (⌘C on a Mac) to copy it.", "Said when the entry could only be selected."),
  download_bib: s("Download .bib", "Link on a paper's page."),
  proceedings: s("Proceedings of {title} ({edition})", "An archival paper's proceedings, in its BibTeX entry and citation tags ({title}: the edition's title)."),
  bibtex_non_archival: s("{title}, {conference} (non-archival)", "Where a non-archival paper appeared, in its BibTeX entry."),
  bibtex_non_archival_standalone: s("{title} (non-archival)", "Where a non-archival paper of a standalone workshop appeared, in its BibTeX entry."),
  all_papers: s("All accepted papers of {edition}", "Link from a paper's page to the list."),
  paper_description: s("{type} by {authors}, accepted at {edition}.", "Description of a paper's page."),
  authors_and_others: s("{authors} and others", "The first three authors of a paper with more."),
  search_papers: s("Search papers", "The papers search form."),
  search_reading: s("Search related papers", "The related reading search form."),
  search_button: s("Search", "Button of a search form."),
  search_hint_papers: s("Titles, authors and abstracts. Results update as you type.", "Hint of the papers search."),
  search_hint_papers_keywords: s("Titles, authors, keywords and abstracts. Results update as you type.", "Hint of the papers search when papers have keywords."),
  filter_presentation: s("Presentation", "Label of the presentation filter."),
  filter_all_presentations: s("All presentations", "The presentation filter's first choice."),
  presentation_group: s("{presentation}s", "A presentation kind in the filter and as a group heading ({presentation}: its name in cfp.yaml)."),
  search_hint_reading: s("Titles and abstracts. Results update as you type.", "Hint of the related reading search."),
  filter_type: s("Type", "Search filter."),
  filter_all_types: s("All types", "Search filter: any type."),
  filter_award: s("Award", "Search filter."),
  filter_award_either: s("With or without", "Search filter: award or not."),
  filter_any_award: s("Any award", "Search filter: any award."),
  filter_proceedings: s("Proceedings", "Search filter."),
  filter_archival_either: s("Archival and non-archival", "Search filter: either."),
  filter_archival: s("Archival", "Search filter: archival papers."),
  show_more: s("Show more results", "Button under the search results."),
  search_busy: s("Searching…", "Said while a search runs."),
  search_failed: s("The search could not be loaded; the full list is shown.", "Said when the search index cannot be loaded."),
  papers_all: p({ one: "Showing the {count} paper.", other: "Showing all {count} papers." }, "Search status without a query."),
  papers_matches: p({ one: "{matched} of {count} paper match.", other: "{matched} of {count} papers match." }, "Search status ({count}: all papers)."),
  papers_none: s("No papers match.", "Search status without results."),
  reading_all: p({ one: "Showing the {count} related paper.", other: "Showing all {count} related papers." }, "Related reading search status without a query."),
  reading_matches: p(
    { one: "{matched} of {count} related paper match.", other: "{matched} of {count} related papers match." },
    "Related reading search status ({count}: all).",
  ),
  reading_none: s("No related papers match.", "Related reading search status without results."),
  reading_description: p({ one: "A paper on the topics of {edition}.", other: "{count} papers on the topics of {edition}." }, "Description of the related reading page."),
  reading_lead: p(
    {
      one: "A paper on the workshop's topics, collected by the organizers as background for authors and attendees.",
      other: "{count} papers on the workshop's topics, collected by the organizers as background for authors and attendees.",
    },
    "Lead of the related reading page.",
  ),

  // Keynotes, people.
  keynotes_description: s("Keynote speakers and talks of {edition}.", "Description of the keynotes page."),
  portrait_of: s("Portrait of {name}", "Text alternative of a speaker's photo."),
  about_speaker: s("About the speaker", "Heading of a speaker's bio."),
  organization_description: s("Who organizes {edition}.", "Description of the organization page."),
  pc_description: p({ one: "The member of the {edition} program committee.", other: "The {count} members of the {edition} program committee." }, "Description of the program committee page."),
  pc_lead: p({ one: "{count} member.", other: "{count} members, in order of family name." }, "Lead of the program committee page."),

  // The 404 page.
  not_found_lead: s("There is no page at this address. It may have moved when the site was reorganised.", "Lead of the 404 page."),
  not_found_help: s("These pages may help:", "Before the menu on the 404 page."),
} as const satisfies Record<string, Label>;

export type LabelKey = keyof typeof LABELS;

/** The merged table: a text for every key. */
export type LabelTable = Record<LabelKey, TextEntry>;

/** The English defaults with a site's replacements (content/labels.yaml) over them. */
export function labelTable(overrides: Readonly<Partial<Record<LabelKey, TextEntry | undefined>>> = {}): LabelTable {
  const table = {} as Record<LabelKey, TextEntry>;
  for (const key of Object.keys(LABELS) as LabelKey[]) table[key] = overrides[key] ?? LABELS[key].text;
  return table;
}

/** The interface texts of a site, with a way to put markup (a link) into a sentence. */
export class SiteTexts extends Texts<LabelKey> {
  /**
   * The text of `key` as HTML: the text itself is escaped, and values may be markup built with
   * `html`: `text.html("footer_colocated", { title, conference: html\`<a href="…">ICSE</a>\` })`.
   * A number given as `count` or `nth` also picks the plural form.
   */
  html(key: LabelKey, values: Readonly<Record<string, HtmlValue>> = {}): SafeHtml {
    const numbers = Object.fromEntries(Object.entries(values).filter((e): e is [string, number] => typeof e[1] === "number"));
    return join(
      this.pieces(key, numbers).map((piece) => {
        if (typeof piece === "string") return piece;
        const value = values[piece.name];
        if (value === undefined) return `{${piece.name}}`;
        return typeof value === "number" ? this.number(value) : html`${value}`;
      }),
    );
  }
}

/** The ordinals in words from 1 on, as `ordinal_words` gives them (`First`, `Second` … in English). */
export function ordinalWords(text: SiteTexts): string[] {
  return text.get("ordinal_words").split("|").map((w) => w.trim());
}

/** An ordinal as the site writes it: a word from `ordinal_words` (1 to 10 in English), else `ordinal_number` (`11th`). */
export function ordinal(text: SiteTexts, n: number): string {
  return (n >= 1 ? ordinalWords(text)[n - 1] : undefined) || text.get("ordinal_number", { nth: n });
}

/** The interface texts of a site: its language and its table. */
export function siteTexts(locale: string, overrides: Readonly<Partial<Record<LabelKey, TextEntry | undefined>>> = {}): SiteTexts {
  return new SiteTexts(locale, labelTable(overrides));
}
