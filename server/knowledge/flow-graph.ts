// Checks that a guided flow is a proper decision tree: every node reachable, every path ends in an answer.
import type { Flow } from './schema.ts';
import type { Diagnostic } from './snapshot.ts';
import type { FieldPath } from './parse-yaml.ts';
import { diagnose, listIds } from './diagnostics.ts';
import { formatPath } from './validate.ts';

/** Returns no diagnostics when the flow can be served. */
export function checkFlowGraph(
  flow: Flow,
  file: string,
  lineOf: (path: FieldPath) => number | undefined,
): Diagnostic[] {
  const names = Object.keys(flow.nodes);
  const diagnostics: Diagnostic[] = [];
  const missing = (node: string, path: FieldPath) =>
    diagnostics.push(
      diagnose(
        'flow-missing-node',
        { file, line: lineOf(path), field: formatPath(path) },
        { node, known: listIds(names) },
      ),
    );

  if (!(flow.start in flow.nodes)) missing(flow.start, ['start']);
  for (const [name, node] of Object.entries(flow.nodes)) {
    if (!('options' in node)) continue;
    node.options.forEach((option, i) => {
      if (!(option.next in flow.nodes)) missing(option.next, ['nodes', name, 'options', i, 'next']);
    });
  }
  if (diagnostics.length > 0) return diagnostics;

  const cycle = findCycle(flow);
  if (cycle) {
    const [from] = cycle;
    return [
      diagnose(
        'flow-cycle',
        { file, line: lineOf(['nodes', from!]), field: `nodes.${from}` },
        { cycle: cycle.join(' → ') },
      ),
    ];
  }
  const reached = reachable(flow);
  return names
    .filter((name) => !reached.has(name))
    .map((name) =>
      diagnose('flow-unreachable', { file, line: lineOf(['nodes', name]), field: `nodes.${name}` }, { node: name }),
    );
}

function nextOf(flow: Flow, name: string): string[] {
  const node = flow.nodes[name];
  return node && 'options' in node ? node.options.map((o) => o.next) : [];
}

function reachable(flow: Flow): Set<string> {
  const seen = new Set<string>();
  const stack = [flow.start];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...nextOf(flow, name));
  }
  return seen;
}

/** The first cycle found, as the list of node names that form it (first name repeated at the end). */
function findCycle(flow: Flow): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    const at = path.indexOf(name);
    if (at >= 0) return [...path.slice(at), name];
    if (done.has(name)) return undefined;
    path.push(name);
    for (const next of nextOf(flow, name)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(name);
    return undefined;
  };
  for (const name of [flow.start, ...Object.keys(flow.nodes)]) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}
