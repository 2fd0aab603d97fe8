// Resolves every id one knowledge item uses to point at another; a dangling link is reported and dropped,
// so the rest of the item is still served.
import type { EmergencyContact, Flow, FlowNode, Organisation } from './schema.ts';
import type { Diagnostic, Entry } from './snapshot.ts';
import type { FieldPath, LineOf } from './parse-yaml.ts';
import { diagnose, nearestIds } from './diagnostics.ts';
import { formatPath } from './validate.ts';

export interface Linkable {
  entries: Map<string, Entry>;
  organisations: Map<string, Organisation>;
  flows: Map<string, Flow>;
  emergency: EmergencyContact[];
  categories: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/** Ids that exist on disk but were left out because of errors in their own files. */
export type LeftOut = Readonly<Record<'entry' | 'organisation', ReadonlySet<string>>>;

/** Where an item was read from, to point at the line of a bad reference. */
export interface Origin {
  file: string;
  lineOf: LineOf;
  /** The item's own path inside a file that holds several items (emergency.yaml). */
  at?: FieldPath;
}

export type Origins = ReadonlyMap<object, Origin>;

/** Returns the same collections with dangling links removed, and one diagnostic per dangling link. */
export function resolveReferences(
  k: Linkable,
  origins: Origins,
  leftOut: LeftOut,
): { linked: Linkable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const check =
    (item: object, kind: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, basePath: FieldPath) =>
    (id: string, index?: number): boolean => {
      if (known.has(id)) return true;
      const origin = origins.get(item);
      const path = [...(origin?.at ?? []), ...basePath, ...(index === undefined ? [] : [index])];
      const code = (leftOut as Record<string, ReadonlySet<string> | undefined>)[kind]?.has(id)
        ? 'link-to-invalid'
        : 'unknown-reference';
      diagnostics.push(
        diagnose(
          code,
          { file: origin?.file ?? 'unknown', line: origin?.lineOf(path), field: formatPath(path) },
          { kind, id, nearest: nearestIds(id, known.keys()) },
        ),
      );
      return false;
    };

  const entries = new Map<string, Entry>();
  for (const [id, entry] of k.entries) {
    check(entry, 'category', k.categories, ['category'])(entry.category);
    check(entry, 'country', k.countries, ['country'])(entry.country);
    const related = {
      entries: entry.related.entries.filter(check(entry, 'entry', k.entries, ['related', 'entries'])),
      organisations: entry.related.organisations.filter(
        check(entry, 'organisation', k.organisations, ['related', 'organisations']),
      ),
    };
    entries.set(id, { ...entry, related });
  }

  const organisations = new Map<string, Organisation>();
  for (const [id, org] of k.organisations) {
    organisations.set(id, {
      ...org,
      countries: org.countries.filter(check(org, 'country', k.countries, ['countries'])),
    });
  }

  const flows = new Map<string, Flow>();
  for (const [id, flow] of k.flows) {
    const nodes: Record<string, FlowNode> = {};
    for (const [name, node] of Object.entries(flow.nodes)) {
      if (!('answer' in node)) {
        const options = node.options.map((option, i) =>
          option.country === undefined ||
          check(flow, 'country', k.countries, ['nodes', name, 'options', i, 'country'])(option.country)
            ? option
            : { label: option.label, next: option.next },
        );
        nodes[name] = { ...node, options };
        continue;
      }
      const at = ['nodes', name, 'answer'];
      const answer = {
        ...node.answer,
        entries: node.answer.entries.filter(check(flow, 'entry', k.entries, [...at, 'entries'])),
        organisations: node.answer.organisations.filter(
          check(flow, 'organisation', k.organisations, [...at, 'organisations']),
        ),
      };
      nodes[name] = { answer };
    }
    flows.set(id, {
      ...flow,
      countries: flow.countries.filter(check(flow, 'country', k.countries, ['countries'])),
      nodes,
    });
  }

  const emergency = k.emergency.filter((contact) =>
    check(contact, 'country', k.countries, ['country'])(contact.country),
  );
  return { linked: { ...k, entries, organisations, flows, emergency }, diagnostics };
}
