export { createWebApp, type WebDeps, type WebOptions } from './app.ts';
export { renderDemoPage, type DemoPageOptions } from './demo-page.ts';
export { widgetCsp } from './html.ts';
export { pinnedLauncher } from './static.ts';
