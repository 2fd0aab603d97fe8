// Prints one answer, not the partner's page: the card is copied into a hidden frame inside our shadow root
// and that frame is printed. Buttons are left out; collapsed parts are opened.

const PRINT_CSS = 'body{font:12pt/1.5 system-ui,sans-serif;color:#000;margin:2cm}a{color:#000}';

/** Print the element's content in a frame appended to `parent`; the frame removes itself afterwards. */
export function printElement(element: HTMLElement, parent: Node, lang: string, dir: string): void {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const node of copy.querySelectorAll('button, [data-noprint]')) node.remove();
  for (const details of copy.querySelectorAll('details')) details.setAttribute('open', '');
  const frame = element.ownerDocument.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0';
  frame.srcdoc = `<!doctype html><html lang="${lang}" dir="${dir}"><meta charset="utf-8"><style>${PRINT_CSS}</style><body>${copy.innerHTML}</body></html>`;
  frame.onload = () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  };
  parent.appendChild(frame);
}
