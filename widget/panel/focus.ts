// Keyboard focus inside the dialog: what can take focus, and keeping Tab inside while it is open (WCAG 2.4.3).

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The elements in `container` that Tab can reach, in order (skipping hidden ones and closed <details>). */
function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden], details:not([open]) > :not(summary)'),
  );
}

/** On Tab at either end of the dialog, wrap around instead of leaving it. `active` is the focused element. */
export function trapTab(event: KeyboardEvent, container: HTMLElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const outside = !active || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
