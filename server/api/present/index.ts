// Presenting snapshot data to a reader: localised along their language's fallback chain.
export { presentCategories, presentLanguage } from './catalogue.ts';
export { entryLinks, presentEntry } from './entry.ts';
export { presentFlow, presentFlowSummary } from './flow.ts';
export { emergencyContacts, presentOrganisation, presentOrganisations } from './organisation.ts';
export { perSnapshot, readerFor, type Reader } from './reader.ts';
