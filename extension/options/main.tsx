import { render } from 'preact';
import { OptionsApp } from '../../src/options/App.tsx';
import { browserOptionsApi } from '../../src/options/browser-api.ts';
import '../../src/options/options.css';

render(<OptionsApp api={browserOptionsApi()} />, document.getElementById('app')!);
