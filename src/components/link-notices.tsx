import { useUiStore } from "../state/ui-store";

/** Says what an opened link asked for that the app could not honour, until dismissed. */
export function LinkNotices() {
  const notices = useUiStore((state) => state.linkNotices);
  const dismiss = useUiStore((state) => state.dismissLinkNotices);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="notice">
      <div>
        <p className="notice-title">Parts of this link were ignored:</p>
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
