import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "../state/location-store";

/**
 * A link inside the app: a real <a href> (so it can be opened in a new tab, copied, read by a screen reader) whose
 * plain left click changes the page without reloading it.
 */
export function AppLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
