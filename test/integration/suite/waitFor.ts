// Polls until a condition holds, so that tests wait exactly as long as the editor needs and no longer.
// Diagnostics are debounced and hovers depend on activation: a fixed sleep would be flaky or slow.

const POLL_INTERVAL_MS = 50;

/**
 * Calls `probe` until it returns something other than `undefined`/`false`, and returns that.
 * Rejects after `timeoutMs` with a message that says what was awaited and what was last seen.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
