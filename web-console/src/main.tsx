import { render } from 'preact';
import { registry, reporting } from './api';
import { App } from './app/App';
import { createServices } from './app/services';
import './app/styles.css';

const root = document.getElementById('app');
if (root) {
  render(<App services={createServices(reporting, registry)} />, root);
}
