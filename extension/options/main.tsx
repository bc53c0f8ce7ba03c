import { render } from 'preact';
import { OptionsApp } from '../../src/options/App.tsx';
import { browserOptionsApi } from '../../src/options/browser-api.ts';
import '../../src/options/options.css';

const api = browserOptionsApi();
document.title = api.t('optTitle');
render(<OptionsApp api={api} />, document.getElementById('app')!);
