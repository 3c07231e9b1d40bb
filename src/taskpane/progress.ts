import { el } from "./dom";

/** Runs shorter than this show no indicator: a flash of a progress bar reads as a glitch. */
export const PROGRESS_DELAY_MS = 300;

export interface Progress {
  readonly element: HTMLElement;
  /**
   * Runs `work` with every button marked data-busy disabled, the pane
   * aria-busy, and, once it has taken PROGRESS_DELAY_MS, an indeterminate
   * progress bar labelled `label`. A second run while one is going is
   * refused (resolves undefined): Excel runs one batch at a time anyway.
   */
  track<T>(label: string, work: () => Promise<T>): Promise<T | undefined>;
}

export function createProgress(root: HTMLElement): Progress {
  const text = el("span", { className: "progress-label" });
  const bar = el("div", { className: "progress-track" }, el("span", { className: "progress-bar" }));
  const element = el("div", { className: "progress", attrs: { role: "progressbar", "aria-live": "polite" } }, bar, text);
  element.hidden = true;
  let running = false;
  return {
    element,
    async track(label, work) {
      if (running) return undefined;
      running = true;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>("button[data-busy]")].filter((b) => !b.disabled);
      buttons.forEach((b) => (b.disabled = true));
      root.setAttribute("aria-busy", "true");
      const timer = window.setTimeout(() => {
        text.textContent = label;
        element.setAttribute("aria-label", label);
        element.hidden = false;
      }, PROGRESS_DELAY_MS);
      try {
        return await work();
      } finally {
        window.clearTimeout(timer);
        element.hidden = true;
        root.removeAttribute("aria-busy");
        buttons.forEach((b) => (b.disabled = false));
        running = false;
      }
    },
  };
}
