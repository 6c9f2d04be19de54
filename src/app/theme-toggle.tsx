import { memo } from "react";
import { chooseTheme, useTheme } from "../state/theme";

/**
 * Dark or light, whatever the system says; pressed means dark. The choice is remembered. Memoised: the header
 * re-renders on every change of the URL, and reading the theme asks the browser's media query each time.
 */
export const ThemeToggle = memo(function ThemeToggle() {
  const theme = useTheme();
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === "dark"}
      onClick={() => chooseTheme(theme === "dark" ? "light" : "dark")}
    >
      Dark mode
    </button>
  );
});
