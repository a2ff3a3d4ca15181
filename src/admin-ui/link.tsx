import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { useApp } from './context.js';

// Its own module, not app.tsx: every screen links, and app.tsx imports every screen, so a Link
// kept there would make each screen and the app load each other in a circle.

/** A link inside the admin: followed without a page load, unless the member asks for a new tab. */
export function Link(props: AnchorHTMLAttributes & { href: string; children?: ComponentChildren }) {
  const { navigate } = useApp();
  const { href, onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (onClick) (onClick as (ev: Event) => void)(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        void navigate(href);
      }}
    />
  );
}
