// Important dates in the browser: each date also on the visitor's clock, which have passed and
// which comes next (worked out now, not at build time), and a countdown to the next one. The text
// changes at most once a minute and is not announced by screen readers on every change.
import { browserZone, dateStates, durationWords, formatShortInZone, offsetLabel, type DateState } from "../lib/local-time.ts";

const STATUS: Record<DateState, string> = { passed: "Passed", now: "Today", next: "Next", later: "" };

function update(): void {
  const list = document.querySelector<HTMLElement>("[data-dates]");
  if (!list) return;
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
    const mine = allDay ? `from ${formatShortInZone(start, zone)}` : formatShortInZone(start, zone);
    const text = `Your time: ${mine} (${offsetLabel(zone, start)})`;
    const status = STATUS[state];
    if (local.dataset.text !== `${status}|${text}`) {
      local.dataset.text = `${status}|${text}`;
      local.replaceChildren();
      if (status) {
        const badge = document.createElement("strong");
        badge.className = "date__status";
        badge.textContent = status;
        local.append(badge, " ");
      }
      local.append(text);
    }
  });
  const countdown = document.querySelector<HTMLElement>("[data-countdown]");
  if (countdown) {
    const next = states.indexOf("next");
    const running = states.indexOf("now");
    const label = (i: number) => items[i]!.querySelector(".date__label")?.textContent?.trim() ?? "";
    let text: string;
    if (next >= 0) text = `Next: ${label(next)}, in ${durationWords(spans[next]!.start - now)}.`;
    else if (running >= 0) text = `Under way: ${label(running)}.`;
    else text = "All these dates have passed.";
    if (running >= 0 && next >= 0) text = `Under way: ${label(running)}. ${text}`;
    if (countdown.textContent !== text) countdown.textContent = text;
  }
}

function schedule(): void {
  update();
  // Next whole minute: the countdown is worded to the minute, so it never changes faster.
  setTimeout(schedule, 60_000 - (Date.now() % 60_000) + 50);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", schedule);
else schedule();
