// Starts a worker thread written in TypeScript: worker threads do not inherit the TypeScript loader the server
// runs under (tsx), so each registers it before importing its module (`workerData.module`).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
