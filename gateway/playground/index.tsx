import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { examples, type Example } from './examples';

// Monaco runs its language services in web workers. build.js bundles them as
// separate files next to playground.js (workers/*.js); resolve them from this
// script's own URL so the page works wherever it is mounted, with no CDN.
const workerBase = new URL(
  'workers/',
  (document.currentScript as HTMLScriptElement | null)?.src ?? window.location.href,
);
const WORKERS: Record<string, string> = { graphql: 'graphql.worker.js', json: 'json.worker.js' };
Object.assign(globalThis, {
  MonacoEnvironment: {
    getWorker: (_workerId: string, label: string) =>
      new Worker(new URL(WORKERS[label] ?? 'editor.worker.js', workerBase)),
  },
});

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/** The sidebar panel listing the saved example queries; each opens in a new tab. */
function ExamplesPanel() {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const open = (example: Example) => {
    addTab();
    queryEditor?.setValue(example.query);
    queryEditor?.setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
    variableEditor?.setValue(example.variables ?? '');
  };
  return (
    <section className="playground-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Saved queries across portfolio, governance and architecture. Each opens in a new tab.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.title}>
            <button type="button" onClick={() => open(example)}>
              <strong>{example.title}</strong>
              <span>{example.domains}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const BookIcon = () => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
    <path d="M4 4.5A1.5 1.5 0 0 1 5.5 3H20v15H5.5A1.5 1.5 0 0 0 4 19.5z" />
    <path d="M4 19.5A1.5 1.5 0 0 0 5.5 21H20v-3" />
    <path d="M8 7h8M8 11h6" />
  </svg>
);

const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: 'Examples',
  icon: BookIcon,
  content: ExamplesPanel,
};

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[EXAMPLES_PLUGIN, HISTORY_PLUGIN]}
      visiblePlugin={EXAMPLES_PLUGIN}
      // The first visit opens the cross-domain example; later visits restore the analyst's tabs.
      defaultTabs={[{ query: examples[0].query, variables: examples[0].variables }]}
      defaultEditorToolsVisibility={false}
    >
      <GraphiQL.Logo>ehelse-graph</GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('playground')!).render(<Playground />);
