// Runs the Huquq server (the real app on the real knowledge, as in the widget tests) and the partner site in
// their own process, spawned by global-setup.ts, so the timings the tests measure are not slowed by Vitest's own
// work; prints both addresses as one JSON line.
import { startHuquq } from '../widget/helpers/servers.ts';
import { startPartnerSite } from './partner-site.ts';

const huquq = await startHuquq();
const partner = await startPartnerSite(huquq.base);
process.stdout.write(`${JSON.stringify({ huquq: huquq.base, partner: partner.base })}\n`);
process.on('SIGTERM', () => void Promise.all([partner.close(), huquq.close()]).then(() => process.exit(0)));
