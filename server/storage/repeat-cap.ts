// Lets one client count a given question once a day, so a flood of the same question cannot fill the
// insights. Kept in memory only: which client asked what is never written anywhere.

const MAX_KEYS = 200_000;

export function createRepeatCap() {
  let day = '';
  let seen = new Set<string>();
  return {
    /** True the first time this client asks this (normalised) question on `today`. */
    allow(today: string, clientKey: string, question: string): boolean {
      // A new day, or a flood of distinct questions, starts a fresh set: memory stays bounded.
      if (today !== day || seen.size >= MAX_KEYS) {
        day = today;
        seen = new Set();
      }
      const key = `${clientKey}\u0000${question}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}
