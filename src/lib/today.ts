const pad = (n: number) => String(n).padStart(2, "0");

/** Today's date as YYYY-MM-DD in the reader's time zone, for file names. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
