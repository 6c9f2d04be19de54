/**
 * The browser's address in component tests. The app writes the address once the frame showing a change is drawn
 * (src/state/location-store.ts; its own tests check that the write comes by itself); these helpers let a test read
 * the address a user would see without waiting for a frame, and start each test from an address of its own.
 */
import { flushLocation } from "../../src/state/location-store";

/** Opens the app at this address, as a fresh load would: nothing the previous test wrote is left pending. */
export function openAt(url: string): void {
  flushLocation();
  window.history.replaceState(null, "", url);
}

/** The query string the address holds once the app's last write has gone through. */
export function addressSearch(): string {
  flushLocation();
  return window.location.search;
}
