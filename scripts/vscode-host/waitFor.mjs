// Bounded polling, the only way the host scripts wait for something (never fixed sleeps).

/**
 * Calls `probe` until it returns a value other than undefined/false, or the time runs out.
 * @template T
 * @param {() => T | Promise<T>} probe
 * @param {{ timeoutMs: number, intervalMs?: number, what: string }} options
 * @returns {Promise<Exclude<T, undefined | false>>}
 */
export async function waitFor(probe, { timeoutMs, intervalMs = 100, what }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return /** @type {any} */ (value);
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
