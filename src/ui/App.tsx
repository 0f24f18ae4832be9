import { BackendStatus } from './BackendStatus';
import { preferredBackendFrom } from './preferredBackend';
import { useBackend } from './useBackend';

const preferred = preferredBackendFrom(window.location.search);

export function App() {
  const backend = useBackend(preferred);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">CodeBERTa Studio</h1>
        <p className="tagline">Fine-tune a programming-language classifier in your browser.</p>
      </header>
      <main className="app-main">
        <BackendStatus state={backend} />
      </main>
    </div>
  );
}
