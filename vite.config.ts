// Builds the widget into dist/widget/:
//   widget.js              the launcher partners embed: fixed name, short cache, a classic script (no import/export);
//   chunks/panel-[hash].js the Preact panel, fetched on first open;
//   chunks/lang-xx-[hash].js one file of UI strings per language, fetched when that language is shown.
// The panel is built separately (in memory) and added to this build, so the two share no chunk: a shared chunk
// would need a static `import` in widget.js, which a classic <script> cannot run.
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { writeLanguagesModule } from './scripts/languages-module.ts';

const PANEL_MODULE = 'virtual:huquq-panel';

/** Settings both builds share. */
const common = {
  // Chunk URLs stay relative, so they resolve against the file importing them wherever it is served from.
  base: './',
  publicDir: false,
  // Always production, also when built from a test run (NODE_ENV=test would otherwise give development JSX,
  // which puts every component's file path into the bundle).
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
} satisfies InlineConfig;

// Library mode, because only there Vite leaves dynamic imports alone: its preload helper would add code
// and `import.meta` to the output. Library mode keeps white space for other bundlers; ours go to browsers.
const output = { minify: true, comments: false } as const;

function panelBuild(): InlineConfig {
  return {
    ...common,
    configFile: false,
    // The main build lists every file, these included.
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: 'widget/panel/mount.tsx', formats: ['es'] },
      rolldownOptions: {
        output: {
          ...output,
          entryFileNames: 'chunks/panel-[hash].js',
          chunkFileNames: (chunk) => {
            const lang = /locales\/([a-z]+)\/translation\.json$/.exec(chunk.facadeModuleId ?? '')?.[1];
            return lang ? `chunks/lang-${lang}-[hash].js` : 'chunks/[name]-[hash].js';
          },
        },
      },
    },
  };
}

/** Builds the panel, adds its files to this build, and tells widget.js the file names of the panel and languages. */
function panel(): Plugin {
  let entry = '';
  const langs: Record<string, string> = {};
  return {
    name: 'huquq-panel',
    async buildStart() {
      const [result] = [await build(panelBuild())].flat();
      if (!result || !('output' in result)) throw new Error('the panel build produced no output');
      for (const file of result.output) {
        if (file.type === 'chunk' && file.isEntry) entry = file.fileName;
        const lang = /^chunks\/lang-([a-z]+)-/.exec(file.fileName)?.[1];
        if (lang) langs[lang] = file.fileName;
        this.emitFile({
          type: 'asset',
          fileName: file.fileName,
          source: file.type === 'chunk' ? file.code : file.source,
        });
      }
    },
    resolveId: (id) => (id === PANEL_MODULE ? `\0${PANEL_MODULE}` : undefined),
    load: (id) =>
      id === `\0${PANEL_MODULE}`
        ? `export const panel = ${JSON.stringify(entry)}, langs = ${JSON.stringify(langs)};`
        : undefined,
  };
}

/** Writes the widget's copy of the language registry before anything is built from it. */
function languages(): Plugin {
  return { name: 'huquq-languages', config: () => void writeLanguagesModule(import.meta.dirname) };
}

export default defineConfig({
  ...common,
  plugins: [languages(), panel()],
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'widget/embed.ts', formats: ['es'], fileName: () => 'widget.js' },
    rolldownOptions: { output },
  },
});
