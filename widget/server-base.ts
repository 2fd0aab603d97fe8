// Where the Huquq server's files live, from the URL the launcher was loaded from: /widget.js or the pinned
// /widget/<content-hash>.js (issue 13), one folder deeper, which must still find /chunks/ and /api/v1/.

/** The server's base URL (ending in "/") for a launcher loaded from `src`. */
export function serverBase(src: string): string {
  return new URL(/\/widget\/[\da-f]{16}\.js$/.test(new URL(src).pathname) ? '../' : './', src).href;
}
