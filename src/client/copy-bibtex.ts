// The "Copy BibTeX" button on a paper's page: shown only when the script runs, copies the entry
// and says so in a polite status message. Where the clipboard is not available the entry is selected.
const button = document.querySelector<HTMLButtonElement>("button[data-copy]");
const source = button ? document.getElementById(button.dataset.copy ?? "") : null;
const status = document.querySelector<HTMLElement>(".cite__status");

if (button && source && status) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const text = source.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = button.dataset.copied ?? "";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = button.dataset.selected ?? "";
    }
  });
}
