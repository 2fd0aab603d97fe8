// Timeouts in widget tests catch hangs, not slowness: these tests talk to a real server and render real panels, and on
// a busy 2-core CI machine (or beside another `npm test`) the first answer can take seconds (issue 13). The
// defaults (1 s for findBy…, 5 s per test) made the first tests of a file fail under load and pass when idle.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 15_000 });
