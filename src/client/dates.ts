// Important dates in the browser: each date also on the visitor's clock, which have passed and
// which comes next (worked out now, not at build time), and a countdown to the next one. The text
// changes at most once a minute and is not announced by screen readers on every change. Its texts
// come from the list's data-texts attribute, and dates are written in the page's language (<html lang>).
import { formatsFor, type FormatTextKey } from "../lib/formats.ts";
import { browserZone, dateStates, formatShortInZone, offsetLabel, type DateState } from "../lib/local-time.ts";
import { Texts } from "../lib/text.ts";

type Key = FormatTextKey | "date_passed" | "date_now" | "date_next" | "your_time" | "your_time_from" | "countdown_next" | "countdown_running" | "countdown_done";

function update(): void {
  const list = document.querySelector<HTMLElement>("[data-dates]");
  if (!list) return;
  const locale = document.documentElement.lang || "en";
  const text = Texts.fromJson<Key>(locale, list.dataset.texts);
  const format = formatsFor(locale, text);
  const STATUS: Record<DateState, string> = { passed: text.get("date_passed"), now: text.get("date_now"), next: text.get("date_next"), later: "" };
  const zone = browserZone();
  const now = Date.now();
  const items = [...list.querySelectorAll<HTMLElement>("li[data-start]")];
  const spans = items.map((li) => ({ start: Date.parse(li.dataset.start!), end: Date.parse(li.dataset.end!) }));
  const states = dateStates(spans, now);
  items.forEach((li, i) => {
    const state = states[i]!;
    for (const s of ["passed", "now", "next", "later"]) li.classList.toggle(`date--${s}`, s === state);
    const local = li.querySelector<HTMLElement>("[data-local]");
    if (!local) return;
    const start = spans[i]!.start;
    const allDay = li.dataset.allDay === "true";
    const short = formatShortInZone(start, zone, format);
    const mine = allDay ? text.get("your_time_from", { time: short }) : short;
    const line = text.get("your_time", { time: mine, offset: offsetLabel(zone, start) });
    const status = STATUS[state];
    if (local.dataset.text !== `${status}|${line}`) {
      local.dataset.text = `${status}|${line}`;
      local.replaceChildren();
      if (status) {
        const badge = document.createElement("strong");
        badge.className = "date__status";
        badge.textContent = status;
        local.append(badge, " ");
      }
      local.append(line);
    }
  });
  const countdown = document.querySelector<HTMLElement>("[data-countdown]");
  if (countdown) {
    const next = states.indexOf("next");
    const running = states.indexOf("now");
    const label = (i: number) => items[i]!.querySelector(".date__label")?.textContent?.trim() ?? "";
    let words: string;
    if (next >= 0) words = text.get("countdown_next", { label: label(next), duration: format.duration(spans[next]!.start - now) });
    else if (running >= 0) words = text.get("countdown_running", { label: label(running) });
    else words = text.get("countdown_done");
    if (running >= 0 && next >= 0) words = `${text.get("countdown_running", { label: label(running) })} ${words}`;
    if (countdown.textContent !== words) countdown.textContent = words;
  }
}

function schedule(): void {
  update();
  // Next whole minute: the countdown is worded to the minute, so it never changes faster.
  setTimeout(schedule, 60_000 - (Date.now() % 60_000) + 50);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", schedule);
else schedule();
