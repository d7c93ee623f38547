// The program in the browser: a switch between the workshop's time zone and the visitor's (the
// choice is remembered across visits), and a "now" marker on the slot running at this moment.
// Times are written in the page's language (<html lang>); the texts come from data-texts.
import { formatsFor, type Formats, type FormatTextKey } from "../lib/formats.ts";
import { browserZone, wallClock } from "../lib/local-time.ts";
import { Texts } from "../lib/text.ts";

type Key = FormatTextKey | "times_in_yours" | "now";

const KEY = "colloquy:program-zone";
type Choice = "workshop" | "visitor";

function stored(): Choice {
  try {
    return localStorage.getItem(KEY) === "visitor" ? "visitor" : "workshop";
  } catch {
    return "workshop";
  }
}

function remember(choice: Choice): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // Storage may be off (private mode); the switch still works for this visit.
  }
}

function show(root: HTMLElement, choice: Choice, text: Texts<Key>, format: Formats): void {
  const workshopZone = root.dataset.workshopZone!;
  const zone = choice === "visitor" ? browserZone() : workshopZone;
  root.dataset.showing = choice;
  for (const section of root.querySelectorAll<HTMLElement>(".program-day")) {
    const day = section.querySelector("h2")?.id.replace(/^day-/, "") ?? "";
    for (const time of section.querySelectorAll<HTMLTimeElement>("time[data-utc]")) {
      const utc = Date.parse(time.dataset.utc!);
      const local = wallClock(utc, zone);
      const clock = format.time(local.time);
      time.textContent = local.date === day ? clock : `${clock} (${format.weekdayDayMonth(local.date)})`;
    }
    const caption = section.querySelector<HTMLElement>("[data-caption]");
    if (caption) {
      const noon = Date.parse(`${day}T12:00:00Z`);
      caption.textContent = choice === "visitor" ? text.get("times_in_yours", { zone: format.zone(zone, noon) }) : caption.dataset.workshopCaption!;
    }
  }
}

function markNow(root: HTMLElement, text: Texts<Key>): void {
  const now = Date.now();
  for (const row of root.querySelectorAll<HTMLElement>("tr[data-start]")) {
    const running = now >= Date.parse(row.dataset.start!) && now < Date.parse(row.dataset.end!);
    const marker = row.querySelector(".slot__now");
    row.classList.toggle("slot--now", running);
    if (running) {
      row.setAttribute("aria-current", "time");
      if (!marker) {
        const label = document.createElement("strong");
        label.className = "slot__now";
        label.textContent = text.get("now");
        row.querySelector(".slot__kind")?.prepend(label, " ");
      }
    } else {
      row.removeAttribute("aria-current");
      marker?.nextSibling?.remove();
      marker?.remove();
    }
  }
}

function start(): void {
  const root = document.querySelector<HTMLElement>("[data-program]");
  if (!root) return;
  const locale = document.documentElement.lang || "en";
  const text = Texts.fromJson<Key>(locale, root.dataset.texts);
  const format = formatsFor(locale, text);
  const visitorLabel = root.querySelector<HTMLElement>("[data-visitor-zone]");
  if (visitorLabel) visitorLabel.textContent = `: ${format.zone(browserZone(), Date.now())}`;
  const choice = stored();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="program-zone"]')) {
    input.checked = input.value === choice;
    input.addEventListener("change", () => {
      if (!input.checked) return;
      const value: Choice = input.value === "visitor" ? "visitor" : "workshop";
      remember(value);
      show(root, value, text, format);
    });
  }
  show(root, choice, text, format);
  const tick = () => {
    markNow(root, text);
    setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  };
  tick();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
