// Each view starts with a heading that takes focus when the view opens, so screen-reader users hear where
// they are (focus is not left on a button that has disappeared).
import type { ComponentChildren } from 'preact';

export function ViewHeading({ children, hidden = false }: { children: ComponentChildren; hidden?: boolean }) {
  return (
    <h2 class={hidden ? 'view-heading sr-only' : 'view-heading'} tabIndex={-1} dir="auto">
      {children}
    </h2>
  );
}
