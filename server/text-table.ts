// Plain-text tables for command-line reports (knowledge check, insights): columns padded to their widest cell.

/** `rows[0]` is the header; every row has the same number of cells. */
export function formatTable(rows: string[][], indent = ''): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((cells) => `${indent}${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd()).join('\n');
}
