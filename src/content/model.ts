// The validated, cross-referenced content every template renders from.
import type { SafeHtml } from "../lib/html.ts";
import type { PaperOrder } from "./paper-order.ts";
import type { TimedSlot } from "./program.ts";
import type { Cfp, PaperType, Award, Presentation } from "../schemas/cfp.ts";
import type { Committee } from "../schemas/committee.ts";
import type { ImportantDate } from "../schemas/dates.ts";
import type { Edition } from "../schemas/edition.ts";
import type { NewsItem } from "../schemas/news.ts";
import type { PageFrontMatter } from "../schemas/page.ts";
import type { Paper } from "../schemas/papers.ts";
import type { Person } from "../schemas/people.ts";
import type { Program } from "../schemas/program.ts";
import type { ReadingItem } from "../schemas/reading.ts";
import type { LabelOverrides } from "../schemas/labels.ts";
import type { Site } from "../schemas/site.ts";
import type { Speaker } from "../schemas/speakers.ts";

/** A person with their id (absent for authors named inline). */
export interface PersonRef extends Person {
  id?: string;
}

export interface ResolvedPaper extends Omit<Paper, "authors"> {
  authors: PersonRef[];
  paperType: PaperType;
  awardInfo?: Award;
  /** The presentation kind from cfp.yaml, when papers.yaml gives one. */
  presentationInfo?: Presentation;
  /**
   * The abstract as HTML, kept by the first page that shows it (the list and the paper's own page
   * both do). A model belongs to one build run, whose addresses do not change.
   */
  abstractHtml?: SafeHtml;
}

export interface ResolvedSpeaker extends Speaker {
  who: PersonRef & { id: string };
  /** Absolute path of the photo file, when there is one. */
  photoFile?: string;
}

export interface MarkdownPage {
  file: string;
  slug: string;
  front: PageFrontMatter;
  /** Markdown source of the body. */
  body: string;
}

export interface EditionModel {
  year: number;
  edition: Edition;
  news: NewsItem[];
  cfp: Cfp;
  dates: ImportantDate[];
  papers: ResolvedPaper[];
  speakers: ResolvedSpeaker[];
  committee: Committee;
  organization: { role: string; members: (PersonRef & { id: string })[] }[];
  programCommittee: (PersonRef & { id: string })[];
  program?: Program;
  /** reading.yaml: related reading, when the edition has it. */
  reading?: ReadingItem[];
  /** about.md: the home page's prose. */
  about?: MarkdownPage;
  /** Other Markdown pages. */
  pages: MarkdownPage[];
  /** Folder of this edition's source images (assets/<year>). */
  assetsDir: string;
  /** The paper list's groups and order, worked out on first use (src/content/paper-order.ts). */
  paperOrder?: PaperOrder;
  /** The program's slots as instants, worked out on first use (src/content/program.ts). */
  slots?: TimedSlot[];
}

/** The logo's files (absolute paths; `dark` is the light file when site.yaml names none) and its text. */
export interface LogoFiles {
  light: string;
  dark: string;
  alt: string;
}

export interface SiteModel {
  site: Site;
  /** theme.logo, checked: both files exist and are SVG or PNG. */
  logo?: LogoFiles;
  /** content/labels.yaml: the site's own interface texts (empty when the file is absent). */
  labels: LabelOverrides;
  people: Record<string, Person>;
  editions: EditionModel[];
  current: EditionModel;
}

/** An edition's name: the workshop's short name and the year, `LLM4Code 2024`. */
export function editionName(site: Pick<Site, "short_name">, year: number): string {
  return `${site.short_name} ${year}`;
}
