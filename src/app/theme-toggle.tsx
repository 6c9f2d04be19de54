import { chooseTheme, useTheme } from "../state/theme";

/** Dark or light, whatever the system says; pressed means dark. The choice is remembered. */
export function ThemeToggle() {
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
}
