/** Copies text; resolves false where the browser refuses (no permission, insecure context) so the caller can offer the text to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
