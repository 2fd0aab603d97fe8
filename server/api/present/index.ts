// Presenting snapshot data to a reader: localised along their language's fallback chain.
export { presentCategories, presentCategory, presentLanguage } from './catalogue.ts';
export { chooseTranslation, entryLink, entryLinks, presentEntry } from './entry.ts';
export { presentFlow, presentFlowSummary } from './flow.ts';
export { emergencyContacts, presentContact, presentOrganisation, presentOrganisations } from './organisation.ts';
export { perSnapshot, pickText, readerFor, translationOf, type Reader } from './reader.ts';
