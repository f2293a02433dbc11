import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { ImajinProvider } from '@imajin/react';

import { App } from './app';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ImajinProvider>
        <App />
      </ImajinProvider>
    </StrictMode>,
  );
}
