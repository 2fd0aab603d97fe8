export { createWebApp, type WebOptions } from './app.ts';
export { renderDemoPage } from './demo-page.ts';
export { widgetCsp } from './html.ts';
export { pinnedLauncher } from './static.ts';
